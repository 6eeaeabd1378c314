package org.mutualis.servicedesk.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.CategoryForm;
import org.mutualis.servicedesk.CentreForm;
import org.mutualis.servicedesk.ClosureForm;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.ServiceCentres.ClosureView;
import org.mutualis.servicedesk.TargetForm;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicedesk.domain.TargetUnit;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.web.FormPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service centre's page: its hours, closures, services and targets for everyone of its
 * territory; its technicians for its agents; the settings' forms for the administrator.
 */
@Controller
class CentrePageController {

    private final ServiceCentres centres;
    private final FormPages forms;

    CentrePageController(ServiceCentres centres, FormPages forms) {
        this.centres = centres;
        this.forms = forms;
    }

    @GetMapping("/servicedesk/centre")
    String mine(@RequestParam(name = "territory", required = false) @Nullable Long territory, CurrentUser user) {
        return "redirect:/servicedesk/centres/"
                + centres.forUser(territory, user).id();
    }

    @GetMapping("/servicedesk/centres/{centreId}")
    String centre(@PathVariable long centreId, Model model, CurrentUser user) {
        CentreView centre = centres.readable(centreId, user);
        forms.show(
                model,
                "centreForm",
                new CentreForm(centre.name(), centre.mailbox(), centre.openingHours(), centre.warningPercent()));
        forms.show(model, "closureForm", new ClosureForm(null, null, ""));
        forms.show(model, "categoryForm", new CategoryForm(""));
        return page(model, centre, user);
    }

    @PostMapping("/servicedesk/centres/{centreId}")
    String update(
            @PathVariable long centreId,
            @RequestParam int version,
            @Valid CentreForm centreForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        CentreView centre = admin(centreId, user);
        return forms.submit(binding, model, response, () -> form(model, centre, user, binding.getObjectName()), () -> {
            centres.update(centreId, centreForm, version, user);
            redirect.addFlashAttribute("notice", "servicedesk.centre.saved");
            return "redirect:/servicedesk/centres/" + centreId;
        });
    }

    @PostMapping("/servicedesk/centres/{centreId}/agents")
    String addAgent(
            @PathVariable long centreId, @RequestParam long accountId, RedirectAttributes redirect, CurrentUser user) {
        admin(centreId, user);
        centres.addAgent(centreId, accountId, user);
        redirect.addFlashAttribute("notice", "servicedesk.centre.agent.added");
        return "redirect:/servicedesk/centres/" + centreId + "#techniciens";
    }

    @PostMapping("/servicedesk/centres/{centreId}/agents/{accountId}/remove")
    String removeAgent(
            @PathVariable long centreId, @PathVariable long accountId, RedirectAttributes redirect, CurrentUser user) {
        admin(centreId, user);
        if (centres.agentsOf(centreId).stream().noneMatch(a -> a.accountId() == accountId)) {
            throw new NotFoundException("servicedesk.centre.agent.notfound", String.valueOf(accountId));
        }
        centres.removeAgent(centreId, accountId, user);
        redirect.addFlashAttribute("notice", "servicedesk.centre.agent.removed");
        return "redirect:/servicedesk/centres/" + centreId + "#techniciens";
    }

    @PostMapping("/servicedesk/centres/{centreId}/closures")
    String addClosure(
            @PathVariable long centreId,
            @Valid ClosureForm closureForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        CentreView centre = admin(centreId, user);
        return forms.submit(binding, model, response, () -> form(model, centre, user, binding.getObjectName()), () -> {
            centres.addClosure(centreId, closureForm, user);
            redirect.addFlashAttribute("notice", "servicedesk.centre.closure.added");
            return "redirect:/servicedesk/centres/" + centreId + "#fermetures";
        });
    }

    @GetMapping("/servicedesk/centres/{centreId}/closures/{closureId}/delete")
    String confirmDeleteClosure(
            @PathVariable long centreId, @PathVariable long closureId, Model model, CurrentUser user) {
        admin(centreId, user);
        ClosureView closure = centres.closure(centreId, closureId);
        model.addAttribute("closure", closure);
        model.addAttribute("centreId", centreId);
        return "servicedesk/centre-closure-delete";
    }

    @PostMapping("/servicedesk/centres/{centreId}/closures/{closureId}/delete")
    String deleteClosure(
            @PathVariable long centreId, @PathVariable long closureId, RedirectAttributes redirect, CurrentUser user) {
        admin(centreId, user);
        centres.deleteClosure(centreId, closureId, user);
        redirect.addFlashAttribute("notice", "servicedesk.centre.closure.deleted");
        return "redirect:/servicedesk/centres/" + centreId + "#fermetures";
    }

    @PostMapping("/servicedesk/centres/{centreId}/targets/{priority}")
    String putTarget(
            @PathVariable long centreId,
            @PathVariable String priority,
            @Valid TargetForm targetForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        CentreView centre = admin(centreId, user);
        Priority which = Arrays.stream(Priority.values())
                .filter(p -> p.name().equals(priority))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("servicedesk.centre.priority.notfound", priority));
        model.addAttribute("targetPriority", which);
        return forms.submit(binding, model, response, () -> form(model, centre, user, binding.getObjectName()), () -> {
            centres.putTarget(centreId, which, targetForm, user);
            redirect.addFlashAttribute("notice", "servicedesk.centre.target.saved");
            return "redirect:/servicedesk/centres/" + centreId + "#objectifs";
        });
    }

    @PostMapping("/servicedesk/centres/{centreId}/categories")
    String addCategory(
            @PathVariable long centreId,
            @Valid CategoryForm categoryForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        CentreView centre = admin(centreId, user);
        return forms.submit(binding, model, response, () -> form(model, centre, user, binding.getObjectName()), () -> {
            centres.addCategory(centreId, categoryForm, user);
            redirect.addFlashAttribute("notice", "servicedesk.centre.category.added");
            return "redirect:/servicedesk/centres/" + centreId + "#services";
        });
    }

    /** The centre, for its administrator only: 403 for anyone else, before any lookup of what they ask for. */
    private CentreView admin(long centreId, CurrentUser user) {
        if (!user.isAdministrator()) {
            throw new ForbiddenException("servicedesk.admin.only");
        }
        return centres.readable(centreId, user);
    }

    /** The page again after a refused form: the other forms empty, the refused one as typed. */
    private String form(Model model, CentreView centre, CurrentUser user, String refused) {
        model.addAttribute("refused", refused);
        if (!refused.equals("centreForm")) {
            model.addAttribute(
                    "centreForm",
                    new CentreForm(centre.name(), centre.mailbox(), centre.openingHours(), centre.warningPercent()));
        }
        if (!refused.equals("closureForm")) {
            model.addAttribute("closureForm", new ClosureForm(null, null, ""));
        }
        if (!refused.equals("categoryForm")) {
            model.addAttribute("categoryForm", new CategoryForm(""));
        }
        return page(model, centre, user);
    }

    private String page(Model model, CentreView centre, CurrentUser user) {
        if (!model.containsAttribute("refused")) {
            model.addAttribute("refused", "");
        }
        model.addAttribute("centre", centre);
        model.addAttribute("categories", centres.categories(centre.id()));
        model.addAttribute("closures", centres.closures(centre.id()));
        model.addAttribute(
                "targets",
                centres.targets(centre.id()).values().stream()
                        .sorted((a, b) -> b.priority().compareTo(a.priority()))
                        .toList());
        model.addAttribute("units", TargetUnit.values());
        boolean agent = centres.isAgent(user, centre.id());
        model.addAttribute("agent", agent);
        model.addAttribute("admin", user.isAdministrator());
        if (agent) {
            model.addAttribute("agents", centres.agentsOf(centre.id()));
        }
        if (user.isAdministrator()) {
            model.addAttribute("technicians", centres.technicians());
        }
        return "servicedesk/centre";
    }
}
