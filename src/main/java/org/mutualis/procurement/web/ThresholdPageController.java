package org.mutualis.procurement.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.ProcurementThresholds;
import org.mutualis.procurement.ThresholdForm;
import org.mutualis.procurement.ThresholdView;
import org.mutualis.procurement.domain.ProcurementException;
import org.mutualis.procurement.domain.ThresholdKind;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.web.FormPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of procedure thresholds: list, add, edit, delete. */
@Controller
class ThresholdPageController {

    /** The field each rule of {@link ProcurementThresholds} is about, to show its message there. */
    private static final Map<String, String> FIELDS = Map.of(
            "threshold.kind", "kind",
            "threshold.amount", "amountHt",
            "threshold.amount.digits", "amountHt",
            "threshold.from", "validFrom",
            "threshold.dates", "validUntil",
            "threshold.source", "legalSource",
            "threshold.source.length", "legalSource");

    private final ProcurementThresholds thresholds;
    private final FormPages forms;

    ThresholdPageController(ProcurementThresholds thresholds, FormPages forms) {
        this.thresholds = thresholds;
        this.forms = forms;
    }

    @GetMapping("/admin/thresholds")
    String list(Model model, CurrentUser user) {
        thresholds.requireAdmin(user);
        forms.show(model, "thresholdForm", ThresholdForm.empty());
        return page(model);
    }

    @PostMapping("/admin/thresholds")
    String add(
            @Valid ThresholdForm thresholdForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        thresholds.requireAdmin(user);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding);
            return page(model);
        }
        try {
            thresholds.create(thresholdForm, user);
            redirect.addFlashAttribute("notice", "thresholds.added");
            return "redirect:/admin/thresholds";
        } catch (ProcurementException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding, onFields(e.problems()));
            return page(model);
        }
    }

    @GetMapping("/admin/thresholds/{id}/edit")
    String edit(@PathVariable long id, Model model, CurrentUser user) {
        ThresholdView t = thresholds.get(id, user);
        forms.show(model, "thresholdForm", t.toForm());
        return editPage(model, t);
    }

    @PostMapping("/admin/thresholds/{id}")
    String update(
            @PathVariable long id,
            @RequestParam long version,
            @Valid ThresholdForm thresholdForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        ThresholdView t = thresholds.get(id, user);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding);
            return editPage(model, t);
        }
        try {
            thresholds.update(id, thresholdForm, version, user);
            redirect.addFlashAttribute("notice", "thresholds.updated");
            return "redirect:/admin/thresholds";
        } catch (ProcurementException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding, onFields(e.problems()));
            return editPage(model, t);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            forms.refused(model, binding, List.of(Problem.of(null, e.code(), e.args())));
            return editPage(model, t);
        }
    }

    @GetMapping("/admin/thresholds/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model, CurrentUser user) {
        model.addAttribute("threshold", thresholds.get(id, user));
        return "procurement/procurements/threshold-delete";
    }

    @PostMapping("/admin/thresholds/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
        thresholds.delete(id, user);
        redirect.addFlashAttribute("notice", "thresholds.deleted");
        return "redirect:/admin/thresholds";
    }

    private String page(Model model) {
        model.addAttribute("thresholds", thresholds.all());
        model.addAttribute("kinds", ThresholdKind.values());
        return "procurement/procurements/thresholds";
    }

    private String editPage(Model model, ThresholdView t) {
        model.addAttribute("threshold", t);
        model.addAttribute("kinds", ThresholdKind.values());
        return "procurement/procurements/threshold-edit";
    }

    /** The service's problems, each on the field its rule is about. */
    private static List<Problem> onFields(List<Problem> problems) {
        return problems.stream()
                .map(p -> new Problem(
                        p.field() == null ? null : FIELDS.getOrDefault(p.field(), p.field()), p.code(), p.args()))
                .toList();
    }
}
