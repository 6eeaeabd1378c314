package org.mutualis.procurement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.shared.ListPage;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.web.FormPages;
import org.mutualis.shared.web.PageLinks;
import org.mutualis.territory.TerritorySummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of group procurements: list, detail, form (new and edit) and deletion. */
@Controller
class ProcurementPageController {

    static final int PAGE_SIZE = 20;

    private static final Pattern LOT = Pattern.compile("lots\\[(\\d+)]\\..*");

    private final Procurements procurements;
    private final TerritoryScope scope;
    private final FormPages forms;

    ProcurementPageController(Procurements procurements, TerritoryScope scope, FormPages forms) {
        this.procurements = procurements;
        this.scope = scope;
        this.forms = forms;
    }

    @GetMapping("/procurements")
    String list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "tq", defaultValue = "") String territoryQuery,
            Model model,
            CurrentUser user) {
        ListPage.requested(page);
        ProcurementList list = procurements.list(territory, q, user);
        model.addAttribute("territory", list.territory());
        TerritoryScope.Choices choices = scope.choices(list.territory(), territoryQuery, user);
        model.addAttribute("choices", choices);
        model.addAttribute("territories", choices.options());
        model.addAttribute("q", q == null ? "" : q);
        ListPage<?> shown = ListPage.of(list.procurements(), page, PAGE_SIZE);
        model.addAttribute("page", shown);
        model.addAttribute("pages", PageLinks.of(shown));
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
        Map<String, ContractEndSuggestion> suggestions = procurements.contractEndSuggestions(t.id(), theme, user);
        // The census gives each collectivité's contract end: the form starts from it.
        Map<Long, LocalDate> contractEnds = new LinkedHashMap<>();
        procurements.collectivities(t.id()).forEach(c -> {
            ContractEndSuggestion s = suggestions.get(c.code());
            if (s != null) {
                contractEnds.put(c.id(), s.contractEndsOn());
            }
        });
        ProcurementPageForm form = ProcurementPageForm.suggested(theme, contractEnds);
        forms.show(model, "procurementPageForm", form);
        return form(model, t, null, theme, lotRows(0), user);
    }

    @PostMapping("/procurements")
    String create(
            @RequestParam long territoryId,
            @Valid ProcurementPageForm procurementPageForm,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        TerritorySummary t = scope.resolve(territoryId, user);
        if (binding.hasErrors()) {
            if (!procurements.canEdit(user)) {
                throw new org.springframework.security.access.AccessDeniedException("staff only");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding, ProcurementPageForm.class);
            return form(model, t, null, request.getParameter("theme"), lotRows(request), user);
        }
        try {
            ProcurementView created = procurements.create(procurementPageForm.toForm(t.id()), user);
            redirect.addFlashAttribute("notice", "procurements.created");
            return "redirect:/procurements/" + created.id();
        } catch (ProcurementException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding, e.problems());
            return form(model, t, null, procurementPageForm.theme(), lotRows(request), user);
        }
    }

    @GetMapping("/procurements/{id}/edit")
    String edit(@PathVariable long id, Model model, CurrentUser user) {
        ProcurementView p = procurements.forEdit(id, user);
        TerritorySummary t = scope.resolve(p.territoryId(), user);
        forms.show(model, "procurementPageForm", ProcurementPageForm.of(p));
        return form(model, t, p, p.theme(), lotRows(p.lots().size()), user);
    }

    @PostMapping("/procurements/{id}")
    String update(
            @PathVariable long id,
            @RequestParam long version,
            @Valid ProcurementPageForm procurementPageForm,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        ProcurementView p = procurements.forEdit(id, user);
        TerritorySummary t = scope.resolve(p.territoryId(), user);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding, ProcurementPageForm.class);
            return form(model, t, p, request.getParameter("theme"), lotRows(request), user);
        }
        try {
            procurements.update(id, procurementPageForm.toForm(t.id()), version, user);
            redirect.addFlashAttribute("notice", "procurements.updated");
            return "redirect:/procurements/" + id;
        } catch (ProcurementException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding, e.problems());
            return form(model, t, p, procurementPageForm.theme(), lotRows(request), user);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            forms.refused(model, binding, List.of(Problem.of(null, e.code(), e.args())));
            return form(model, t, p, procurementPageForm.theme(), lotRows(request), user);
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
            @Nullable String theme,
            int lotRows,
            CurrentUser user) {
        model.addAttribute("territory", territory);
        model.addAttribute("editing", editing);
        model.addAttribute("lotRows", lotRows);
        model.addAttribute("milestoneFields", ProcurementPageForm.DATES);
        model.addAttribute("collectivities", procurements.collectivities(territory.id()));
        model.addAttribute(
                "suggestions",
                procurements.contractEndSuggestions(
                        territory.id(), theme == null || theme.isBlank() ? null : theme, user));
        model.addAttribute(
                "themes", Arrays.stream(ItemTheme.values()).map(Enum::name).toList());
        model.addAttribute("thresholdKinds", ThresholdKind.values());
        model.addAttribute("procedureKinds", ProcedureKind.values());
        model.addAttribute("awardProcedures", AwardProcedure.values());
        model.addAttribute("executionModes", ExecutionMode.values());
        return "procurement/procurements/form";
    }

    /** Lot rows to show: those typed and two empty ones, three at least. */
    private static int lotRows(int typed) {
        return Math.max(3, typed + 2);
    }

    private static int lotRows(HttpServletRequest request) {
        int last = -1;
        for (String name : request.getParameterMap().keySet()) {
            Matcher m = LOT.matcher(name);
            if (m.matches() && m.group(1).length() < 4) {
                last = Math.max(last, Integer.parseInt(m.group(1)));
            }
        }
        return lotRows(last + 1);
    }
}
