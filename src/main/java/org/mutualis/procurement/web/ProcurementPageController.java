package org.mutualis.procurement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.ContractEndSuggestion;
import org.mutualis.procurement.ProcurementList;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.procurement.domain.AwardProcedure;
import org.mutualis.procurement.domain.ExecutionMode;
import org.mutualis.procurement.domain.ProcedureKind;
import org.mutualis.procurement.domain.ProcurementException;
import org.mutualis.procurement.domain.ThresholdKind;
import org.mutualis.procurement.domain.Violation;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.territory.TerritorySummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of group procurements: list, detail, form (new and edit) and deletion. */
@Controller
class ProcurementPageController {

    static final int PAGE_SIZE = 20;

    private final Procurements procurements;
    private final TerritoryScope scope;

    ProcurementPageController(Procurements procurements, TerritoryScope scope) {
        this.procurements = procurements;
        this.scope = scope;
    }

    @GetMapping("/procurements")
    String list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            CurrentUser user) {
        ProcurementList list = procurements.list(territory, q, user);
        model.addAttribute("territory", list.territory());
        model.addAttribute("territories", scope.choices(user));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", ListPage.of(list.procurements(), page, PAGE_SIZE));
        model.addAttribute("staff", procurements.canEdit(user));
        return "procurement/procurements/list";
    }

    @GetMapping("/procurements/{id}")
    String detail(@PathVariable long id, Model model, CurrentUser user) {
        var detail = procurements.get(id, user);
        model.addAttribute("detail", detail);
        model.addAttribute("milestones", MilestoneRow.of(detail.procurement().milestones()));
        model.addAttribute("staff", procurements.canEdit(user));
        return "procurement/procurements/detail";
    }

    @GetMapping("/procurements/new")
    String newForm(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable String theme,
            Model model,
            CurrentUser user) {
        if (!procurements.canEdit(user)) {
            throw new org.springframework.security.access.AccessDeniedException("staff only");
        }
        TerritorySummary t = scope.resolve(territory, user);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("thresholdKind", ThresholdKind.SUPPLIES_AND_SERVICES.name());
        if (theme != null) {
            values.put("theme", theme);
        }
        Map<String, ContractEndSuggestion> suggestions = procurements.contractEndSuggestions(t.id(), theme, user);
        // The census gives each collectivité's contract end: the form starts from it.
        procurements.collectivities(t.id()).forEach(c -> {
            ContractEndSuggestion s = suggestions.get(c.code());
            if (s != null) {
                values.put("contractEndsOn." + c.id(), s.contractEndsOn().toString());
            }
        });
        return form(model, t, null, values, List.of(), user);
    }

    @PostMapping("/procurements")
    String create(
            @RequestParam long territoryId,
            @RequestParam Map<String, String> values,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        TerritorySummary t = scope.resolve(territoryId, user);
        var parsed = ProcurementFormFields.parse(t.id(), values, procurements.collectivities(t.id()));
        try {
            if (!parsed.problems().isEmpty()) {
                throw new ProcurementException(parsed.problems());
            }
            ProcurementView created = procurements.create(parsed.form(), user);
            redirect.addFlashAttribute("notice", "procurements.created");
            return "redirect:/procurements/" + created.id();
        } catch (ProcurementException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, t, null, values, e.violations(), user);
        }
    }

    @GetMapping("/procurements/{id}/edit")
    String edit(@PathVariable long id, Model model, CurrentUser user) {
        ProcurementView p = procurements.forEdit(id, user);
        TerritorySummary t = scope.resolve(p.territoryId(), user);
        return form(model, t, p, ProcurementFormFields.of(p), List.of(), user);
    }

    @PostMapping("/procurements/{id}")
    String update(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam Map<String, String> values,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        ProcurementView p = procurements.forEdit(id, user);
        TerritorySummary t = scope.resolve(p.territoryId(), user);
        var parsed = ProcurementFormFields.parse(t.id(), values, procurements.collectivities(t.id()));
        try {
            if (!parsed.problems().isEmpty()) {
                throw new ProcurementException(parsed.problems());
            }
            procurements.update(id, parsed.form(), version, user);
            redirect.addFlashAttribute("notice", "procurements.updated");
            return "redirect:/procurements/" + id;
        } catch (ProcurementException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, t, p, values, e.violations(), user);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, t, p, values, List.of(new Violation("conflict", e.text())), user);
        }
    }

    @GetMapping("/procurements/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model, CurrentUser user) {
        model.addAttribute("procurement", procurements.forEdit(id, user));
        return "procurement/procurements/delete";
    }

    @PostMapping("/procurements/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
        long territory = procurements.forEdit(id, user).territoryId();
        procurements.delete(id, user);
        redirect.addFlashAttribute("notice", "procurements.deleted");
        return "redirect:/procurements?territory=" + territory;
    }

    private String form(
            Model model,
            TerritorySummary territory,
            @Nullable ProcurementView editing,
            Map<String, String> values,
            List<Violation> violations,
            CurrentUser user) {
        String theme = ProcurementFormFields.text(values, "theme");
        model.addAttribute("territory", territory);
        model.addAttribute("editing", editing);
        model.addAttribute("values", values);
        model.addAttribute("violations", violations);
        model.addAttribute("lotRows", ProcurementFormFields.lotRows(values));
        model.addAttribute("collectivities", procurements.collectivities(territory.id()));
        model.addAttribute("suggestions", procurements.contractEndSuggestions(territory.id(), theme, user));
        model.addAttribute(
                "themes", Arrays.stream(ItemTheme.values()).map(Enum::name).toList());
        model.addAttribute("thresholdKinds", ThresholdKind.values());
        model.addAttribute("procedureKinds", ProcedureKind.values());
        model.addAttribute("awardProcedures", AwardProcedure.values());
        model.addAttribute("executionModes", ExecutionMode.values());
        return "procurement/procurements/form";
    }
}
