package org.mutualis.servicefinance.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.CatalogueServiceView;
import org.mutualis.servicefinance.ConventionForm;
import org.mutualis.servicefinance.ConventionList;
import org.mutualis.servicefinance.ConventionView;
import org.mutualis.servicefinance.Conventions;
import org.mutualis.servicefinance.ServiceCatalogue;
import org.mutualis.servicefinance.SubscriptionLine;
import org.mutualis.servicefinance.SubscriptionView;
import org.mutualis.servicefinance.domain.ConventionKind;
import org.mutualis.servicefinance.domain.CostMethod;
import org.mutualis.shared.web.FormPages;
import org.mutualis.shared.web.PageLinks;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The conventions' pages: the list (paged, searched by collectivité), one convention, the
 * administrator's form (every active service a line: subscribed or not, its forecast use) and the
 * confirmation before a deletion.
 */
@Controller
class ConventionPageController {

    private final Conventions conventions;
    private final ServiceCatalogue catalogue;
    private final FormPages forms;

    ConventionPageController(Conventions conventions, ServiceCatalogue catalogue, FormPages forms) {
        this.conventions = conventions;
        this.catalogue = catalogue;
        this.forms = forms;
    }

    @GetMapping("/servicefinance/conventions")
    String list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            CurrentUser user) {
        ConventionList list = conventions.page(territory, q, page, user);
        model.addAttribute("list", list);
        model.addAttribute("pages", PageLinks.of(list.page()));
        model.addAttribute("admin", user.isAdministrator());
        return "servicefinance/conventions";
    }

    @GetMapping("/servicefinance/conventions/{conventionId}")
    String show(@PathVariable long conventionId, Model model, CurrentUser user) {
        model.addAttribute("convention", conventions.get(conventionId, user));
        model.addAttribute("admin", user.isAdministrator());
        return "servicefinance/convention";
    }

    @GetMapping("/servicefinance/conventions/new")
    String create(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        TerritorySummary t = catalogue.forAdding(territory, user);
        List<CatalogueServiceView> services = offered(t.id(), null);
        List<SubscriptionLine> lines = services.stream()
                .map(s -> new SubscriptionLine(s.id(), false, null))
                .toList();
        forms.show(
                model,
                "conventionForm",
                new ConventionForm(null, null, null, null, null, null, null, lines, null, null));
        return form(model, t.id(), services, null, user);
    }

    @PostMapping("/servicefinance/conventions")
    String add(
            @RequestParam(required = false) @Nullable Long territory,
            @Valid ConventionForm conventionForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        TerritorySummary t = catalogue.forAdding(territory, user);
        return forms.submit(
                binding, model, response, () -> form(model, t.id(), offered(t.id(), null), null, user), () -> {
                    ConventionView created = conventions.create(t.id(), conventionForm, user);
                    redirect.addFlashAttribute("notice", "servicefinance.convention.added");
                    return "redirect:/servicefinance/conventions/" + created.id();
                });
    }

    @GetMapping("/servicefinance/conventions/{conventionId}/edit")
    String edit(@PathVariable long conventionId, Model model, CurrentUser user) {
        ConventionView convention = conventions.forEdit(conventionId, user);
        List<CatalogueServiceView> services = offered(convention.territoryId(), convention);
        Map<Long, SubscriptionView> subscribed = convention.subscriptions().stream()
                .collect(Collectors.toMap(SubscriptionView::serviceId, Function.identity()));
        List<SubscriptionLine> lines = services.stream()
                .map(s -> {
                    SubscriptionView sub = subscribed.get(s.id());
                    return new SubscriptionLine(s.id(), sub != null, sub == null ? null : sub.forecastUnits());
                })
                .toList();
        forms.show(
                model,
                "conventionForm",
                new ConventionForm(
                        convention.collectivityId(),
                        convention.kind(),
                        convention.signedOn(),
                        convention.deliberationRef(),
                        convention.deliberationOn(),
                        convention.durationYears(),
                        convention.costMethod(),
                        lines,
                        convention.note(),
                        (long) convention.version()));
        return form(model, convention.territoryId(), services, convention, user);
    }

    @PostMapping("/servicefinance/conventions/{conventionId}")
    String update(
            @PathVariable long conventionId,
            @Valid ConventionForm conventionForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        ConventionView convention = conventions.forEdit(conventionId, user);
        return forms.submit(
                binding,
                model,
                response,
                () -> form(
                        model,
                        convention.territoryId(),
                        offered(convention.territoryId(), convention),
                        convention,
                        user),
                () -> {
                    conventions.update(conventionId, conventionForm, user);
                    redirect.addFlashAttribute("notice", "servicefinance.convention.saved");
                    return "redirect:/servicefinance/conventions/" + conventionId;
                });
    }

    @GetMapping("/servicefinance/conventions/{conventionId}/delete")
    String confirmDelete(@PathVariable long conventionId, Model model, CurrentUser user) {
        model.addAttribute("convention", conventions.forEdit(conventionId, user));
        return "servicefinance/convention-delete";
    }

    @PostMapping("/servicefinance/conventions/{conventionId}/delete")
    String delete(@PathVariable long conventionId, RedirectAttributes redirect, CurrentUser user) {
        ConventionView convention = conventions.forEdit(conventionId, user);
        conventions.delete(conventionId, user);
        redirect.addFlashAttribute("notice", "servicefinance.convention.deleted");
        return "redirect:/servicefinance/conventions?territory=" + convention.territoryId();
    }

    /** The services a convention's form offers: the active ones, and the retired ones it already holds. */
    private List<CatalogueServiceView> offered(long territoryId, @Nullable ConventionView convention) {
        List<CatalogueServiceView> out = new ArrayList<>();
        for (CatalogueServiceView s : catalogue.services(territoryId)) {
            boolean held =
                    convention != null && convention.subscriptions().stream().anyMatch(x -> x.serviceId() == s.id());
            if (!s.retired() || held) {
                out.add(s);
            }
        }
        return out;
    }

    private String form(
            Model model,
            long territoryId,
            List<CatalogueServiceView> services,
            @Nullable ConventionView editing,
            CurrentUser user) {
        model.addAttribute("territoryId", territoryId);
        model.addAttribute("services", services);
        model.addAttribute("editing", editing);
        model.addAttribute("collectivities", conventions.collectivities(territoryId, user));
        model.addAttribute("kinds", ConventionKind.values());
        model.addAttribute("methods", CostMethod.values());
        return "servicefinance/convention-form";
    }
}
