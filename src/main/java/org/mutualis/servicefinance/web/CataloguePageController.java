package org.mutualis.servicefinance.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.CatalogueServiceForm;
import org.mutualis.servicefinance.CatalogueServiceView;
import org.mutualis.servicefinance.CatalogueView;
import org.mutualis.servicefinance.ServiceCatalogue;
import org.mutualis.servicefinance.domain.UnitOfOperation;
import org.mutualis.shared.web.FormPages;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The service catalogue's pages: the list for the territory, the administrator's forms. */
@Controller
class CataloguePageController {

    private final ServiceCatalogue catalogue;
    private final FormPages forms;

    CataloguePageController(ServiceCatalogue catalogue, FormPages forms) {
        this.catalogue = catalogue;
        this.forms = forms;
    }

    @GetMapping("/servicefinance/services")
    String list(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        model.addAttribute("catalogue", catalogue.catalogue(territory, user));
        model.addAttribute("admin", user.isAdministrator());
        return "servicefinance/services";
    }

    @GetMapping("/servicefinance/services/new")
    String create(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        TerritorySummary t = catalogue.forAdding(territory, user);
        forms.show(model, "catalogueServiceForm", new CatalogueServiceForm(null, null, null, null, null, null, null));
        return form(model, catalogue.catalogue(t.id(), user), null);
    }

    @PostMapping("/servicefinance/services")
    String add(
            @RequestParam(required = false) @Nullable Long territory,
            @Valid CatalogueServiceForm catalogueServiceForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        TerritorySummary t = catalogue.forAdding(territory, user);
        return forms.submit(
                binding, model, response, () -> form(model, catalogue.catalogue(t.id(), user), null), () -> {
                    CatalogueServiceView added = catalogue.add(t.id(), catalogueServiceForm, user);
                    redirect.addFlashAttribute("notice", "servicefinance.service.added");
                    return "redirect:/servicefinance/services?territory=" + added.territoryId();
                });
    }

    @GetMapping("/servicefinance/services/{serviceId}/edit")
    String edit(@PathVariable long serviceId, Model model, CurrentUser user) {
        CatalogueServiceView service = catalogue.forEdit(serviceId, user);
        forms.show(
                model,
                "catalogueServiceForm",
                new CatalogueServiceForm(
                        service.label(),
                        service.description(),
                        service.unit(),
                        service.categoryId(),
                        service.slaText(),
                        service.hours(),
                        (long) service.version()));
        return form(model, catalogue.catalogue(service.territoryId(), user), service);
    }

    @PostMapping("/servicefinance/services/{serviceId}")
    String update(
            @PathVariable long serviceId,
            @Valid CatalogueServiceForm catalogueServiceForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        CatalogueServiceView service = catalogue.forEdit(serviceId, user);
        return forms.submit(
                binding,
                model,
                response,
                () -> form(model, catalogue.catalogue(service.territoryId(), user), service),
                () -> {
                    catalogue.update(serviceId, catalogueServiceForm, user);
                    redirect.addFlashAttribute("notice", "servicefinance.service.saved");
                    return "redirect:/servicefinance/services?territory=" + service.territoryId();
                });
    }

    @GetMapping("/servicefinance/services/{serviceId}/retire")
    String confirmRetire(@PathVariable long serviceId, Model model, CurrentUser user) {
        model.addAttribute("service", catalogue.forEdit(serviceId, user));
        return "servicefinance/service-retire";
    }

    @PostMapping("/servicefinance/services/{serviceId}/retire")
    String retire(@PathVariable long serviceId, RedirectAttributes redirect, CurrentUser user) {
        CatalogueServiceView service = catalogue.retire(serviceId, user);
        redirect.addFlashAttribute("notice", "servicefinance.service.retired");
        return "redirect:/servicefinance/services?territory=" + service.territoryId();
    }

    @PostMapping("/servicefinance/services/{serviceId}/reinstate")
    String reinstate(@PathVariable long serviceId, RedirectAttributes redirect, CurrentUser user) {
        CatalogueServiceView service = catalogue.reinstate(serviceId, user);
        redirect.addFlashAttribute("notice", "servicefinance.service.reinstated");
        return "redirect:/servicefinance/services?territory=" + service.territoryId();
    }

    private String form(Model model, CatalogueView catalogueView, @Nullable CatalogueServiceView editing) {
        model.addAttribute("catalogue", catalogueView);
        model.addAttribute("editing", editing);
        model.addAttribute("units", UnitOfOperation.values());
        return "servicefinance/service-form";
    }
}
