package org.mutualis.servicefinance.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.BudgetUpdateForm;
import org.mutualis.servicefinance.CatalogueServiceView;
import org.mutualis.servicefinance.ChargeLineForm;
import org.mutualis.servicefinance.CommunicationForm;
import org.mutualis.servicefinance.CommunicationView;
import org.mutualis.servicefinance.ConventionView;
import org.mutualis.servicefinance.Conventions;
import org.mutualis.servicefinance.ServiceCatalogue;
import org.mutualis.servicefinance.UnitCostForm;
import org.mutualis.servicefinance.UnitCostView;
import org.mutualis.servicefinance.UnitCosts;
import org.mutualis.servicefinance.domain.costs.BudgetUpdate;
import org.mutualis.servicefinance.domain.costs.ChargeCategory;
import org.mutualis.servicefinance.domain.costs.ChargeLine;
import org.mutualis.servicefinance.domain.costs.LegalRule;
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

/**
 * The unit costs' pages: the year's services with their unit costs, one unit cost explained, the
 * administrator's form (the accounts' lines, the budget's updates), the communications of the year
 * with the late ones flagged, and the administrator's form of one communication.
 */
@Controller
class UnitCostPageController {

    /** Blank lines the form offers beyond those already typed. */
    private static final int SPARE_CHARGES = 6;

    private static final int SPARE_UPDATES = 3;

    private final UnitCosts unitCosts;
    private final ServiceCatalogue catalogue;
    private final Conventions conventions;
    private final FormPages forms;

    UnitCostPageController(UnitCosts unitCosts, ServiceCatalogue catalogue, Conventions conventions, FormPages forms) {
        this.unitCosts = unitCosts;
        this.catalogue = catalogue;
        this.conventions = conventions;
        this.forms = forms;
    }

    @GetMapping("/servicefinance/unit-costs")
    String list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        model.addAttribute("list", unitCosts.list(territory, year, user));
        model.addAttribute("admin", user.isAdministrator());
        return "servicefinance/unit-costs";
    }

    @GetMapping("/servicefinance/unit-costs/{unitCostId}")
    String show(@PathVariable long unitCostId, Model model, CurrentUser user) {
        model.addAttribute("cost", unitCosts.get(unitCostId, user));
        model.addAttribute("admin", user.isAdministrator());
        model.addAttribute("excludedRule", LegalRule.CHARGES.text());
        model.addAttribute("excluded", excluded());
        return "servicefinance/unit-cost";
    }

    @GetMapping("/servicefinance/unit-costs/new")
    String create(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Long service,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        TerritorySummary t = catalogue.forAdding(territory, user);
        int y = unitCosts.year(year);
        forms.show(
                model,
                "unitCostForm",
                new UnitCostForm(service, y, y - 1, charges(List.of()), updates(List.of()), null));
        return form(model, t.id(), null, model.getAttribute("unitCostForm"));
    }

    @PostMapping("/servicefinance/unit-costs")
    String add(
            @RequestParam(required = false) @Nullable Long territory,
            @Valid UnitCostForm unitCostForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        TerritorySummary t = catalogue.forAdding(territory, user);
        return forms.submit(binding, model, response, () -> form(model, t.id(), null, unitCostForm), () -> {
            UnitCostView created = unitCosts.create(t.id(), unitCostForm, user);
            redirect.addFlashAttribute("notice", "servicefinance.units.cost.saved");
            return "redirect:/servicefinance/unit-costs/" + created.id();
        });
    }

    @GetMapping("/servicefinance/unit-costs/{unitCostId}/edit")
    String edit(@PathVariable long unitCostId, Model model, CurrentUser user) {
        UnitCostView cost = unitCosts.forEdit(unitCostId, user);
        forms.show(
                model,
                "unitCostForm",
                new UnitCostForm(
                        cost.serviceId(),
                        cost.year(),
                        cost.accountsYear(),
                        charges(cost.charges()),
                        updates(cost.updates()),
                        (long) cost.version()));
        return form(model, cost.territoryId(), cost, model.getAttribute("unitCostForm"));
    }

    @PostMapping("/servicefinance/unit-costs/{unitCostId}")
    String update(
            @PathVariable long unitCostId,
            @Valid UnitCostForm unitCostForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        UnitCostView cost = unitCosts.forEdit(unitCostId, user);
        return forms.submit(binding, model, response, () -> form(model, cost.territoryId(), cost, unitCostForm), () -> {
            unitCosts.update(unitCostId, unitCostForm, user);
            redirect.addFlashAttribute("notice", "servicefinance.units.cost.saved");
            return "redirect:/servicefinance/unit-costs/" + unitCostId;
        });
    }

    @GetMapping("/servicefinance/communications")
    String communications(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        model.addAttribute("list", unitCosts.communications(territory, year, user));
        model.addAttribute("admin", user.isAdministrator());
        return "servicefinance/communications";
    }

    @GetMapping("/servicefinance/conventions/{conventionId}/communication")
    String editCommunication(
            @PathVariable long conventionId,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        ConventionView convention = conventions.forEdit(conventionId, user);
        CommunicationView current = unitCosts.communication(conventionId, year, user);
        forms.show(
                model,
                "communicationForm",
                new CommunicationForm(
                        current.communicatedOn(),
                        current.budgetAdoptedOn(),
                        current.version() < 0 ? null : (long) current.version()));
        return communicationForm(model, convention, current);
    }

    @PostMapping("/servicefinance/conventions/{conventionId}/communication")
    String recordCommunication(
            @PathVariable long conventionId,
            @RequestParam(required = false) @Nullable Integer year,
            @Valid CommunicationForm communicationForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        ConventionView convention = conventions.forEdit(conventionId, user);
        CommunicationView current = unitCosts.communication(conventionId, year, user);
        return forms.submit(binding, model, response, () -> communicationForm(model, convention, current), () -> {
            unitCosts.recordCommunication(conventionId, current.year(), communicationForm, user);
            redirect.addFlashAttribute("notice", "servicefinance.units.communication.saved");
            return "redirect:/servicefinance/communications?territory=" + convention.territoryId() + "&year="
                    + current.year();
        });
    }

    private String communicationForm(Model model, ConventionView convention, CommunicationView current) {
        model.addAttribute("convention", convention);
        model.addAttribute("communication", current);
        return "servicefinance/communication-form";
    }

    /**
     * The form page; its lines are numbered from what was typed (the fields hold the values, even
     * those that could not be read), never fewer than the blank lines a new form offers.
     */
    private String form(Model model, long territoryId, @Nullable UnitCostView editing, @Nullable Object typed) {
        int charges = SPARE_CHARGES;
        int updates = SPARE_UPDATES;
        if (typed instanceof UnitCostForm f) {
            charges = Math.max(charges, f.charges() == null ? 0 : f.charges().size());
            updates = Math.max(updates, f.updates() == null ? 0 : f.updates().size());
        }
        model.addAttribute(
                "chargeRows",
                java.util.stream.IntStream.range(0, charges).boxed().toList());
        model.addAttribute(
                "updateRows",
                java.util.stream.IntStream.range(0, updates).boxed().toList());
        List<CatalogueServiceView> services = catalogue.services(territoryId).stream()
                .filter(s -> !s.retired() || (editing != null && editing.serviceId() == s.id()))
                .toList();
        model.addAttribute("territoryId", territoryId);
        model.addAttribute("services", services);
        model.addAttribute("editing", editing);
        model.addAttribute("categories", ChargeCategory.values());
        model.addAttribute("excludedRule", LegalRule.CHARGES.text());
        model.addAttribute("excluded", excluded());
        return "servicefinance/unit-cost-form";
    }

    private static List<ChargeCategory> excluded() {
        return java.util.Arrays.stream(ChargeCategory.values())
                .filter(c -> !c.admitted())
                .toList();
    }

    private static List<ChargeLineForm> charges(List<ChargeLine> lines) {
        List<ChargeLineForm> out = new ArrayList<>();
        lines.forEach(l -> out.add(new ChargeLineForm(l.category(), l.account(), l.amount())));
        for (int i = 0; i < SPARE_CHARGES; i++) {
            out.add(new ChargeLineForm(null, null, null));
        }
        return out;
    }

    private static List<BudgetUpdateForm> updates(List<BudgetUpdate> updates) {
        List<BudgetUpdateForm> out = new ArrayList<>();
        updates.forEach(u -> out.add(new BudgetUpdateForm(u.category(), u.amount(), u.reason())));
        for (int i = 0; i < SPARE_UPDATES; i++) {
            out.add(new BudgetUpdateForm(null, null, null));
        }
        return out;
    }
}
