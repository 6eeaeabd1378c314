package org.mutualis.procurement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.ProcurementThresholds;
import org.mutualis.procurement.ThresholdForm;
import org.mutualis.procurement.ThresholdView;
import org.mutualis.procurement.domain.ProcurementException;
import org.mutualis.procurement.domain.ThresholdKind;
import org.mutualis.procurement.domain.Violation;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.text.Text;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of procedure thresholds: list, add, edit, delete. */
@Controller
class ThresholdPageController {

    private final ProcurementThresholds thresholds;

    ThresholdPageController(ProcurementThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @GetMapping("/admin/thresholds")
    String list(Model model, CurrentUser user) {
        thresholds.requireAdmin(user);
        return page(model, Map.of(), List.of());
    }

    @PostMapping("/admin/thresholds")
    String add(
            @RequestParam Map<String, String> values,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        thresholds.requireAdmin(user);
        try {
            thresholds.create(form(values), user);
            redirect.addFlashAttribute("notice", "thresholds.added");
            return "redirect:/admin/thresholds";
        } catch (ProcurementException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, values, e.violations());
        }
    }

    @GetMapping("/admin/thresholds/{id}/edit")
    String edit(@PathVariable long id, Model model, CurrentUser user) {
        ThresholdView t = thresholds.get(id, user);
        return editPage(model, t, values(t), List.of());
    }

    @PostMapping("/admin/thresholds/{id}")
    String update(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam Map<String, String> values,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        ThresholdView t = thresholds.get(id, user);
        try {
            thresholds.update(id, form(values), version, user);
            redirect.addFlashAttribute("notice", "thresholds.updated");
            return "redirect:/admin/thresholds";
        } catch (ProcurementException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return editPage(model, t, values, e.violations());
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return editPage(model, t, values, List.of(new Violation("conflict", e.text())));
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

    private String page(Model model, Map<String, String> values, List<Violation> violations) {
        model.addAttribute("thresholds", thresholds.all());
        model.addAttribute("values", values);
        model.addAttribute("violations", violations);
        model.addAttribute("kinds", ThresholdKind.values());
        return "procurement/procurements/thresholds";
    }

    private String editPage(Model model, ThresholdView t, Map<String, String> values, List<Violation> violations) {
        model.addAttribute("threshold", t);
        model.addAttribute("values", values);
        model.addAttribute("violations", violations);
        model.addAttribute("kinds", ThresholdKind.values());
        return "procurement/procurements/threshold-edit";
    }

    private static Map<String, String> values(ThresholdView t) {
        Map<String, String> v = new java.util.HashMap<>();
        v.put("kind", t.kind().name());
        v.put("amountHt", ProcurementFormFields.plain(t.amountHt()));
        v.put("validFrom", t.validFrom().toString());
        if (t.validUntil() != null) {
            v.put("validUntil", t.validUntil().toString());
        }
        v.put("legalSource", t.legalSource());
        return v;
    }

    /** Unreadable numbers and dates are refused here with the field's name; the rest by the service. */
    private static ThresholdForm form(Map<String, String> v) {
        List<Violation> problems = new ArrayList<>();
        BigDecimal amount = ProcurementFormFields.number(
                ProcurementFormFields.text(v, "amountHt"), Text.of("procurement.field.thresholdAmount"), problems);
        LocalDate from = ProcurementFormFields.date(v, "validFrom", Text.of("procurement.field.validFrom"), problems);
        LocalDate until =
                ProcurementFormFields.date(v, "validUntil", Text.of("procurement.field.validUntil"), problems);
        if (!problems.isEmpty()) {
            throw new ProcurementException(problems);
        }
        return new ThresholdForm(
                kind(ProcurementFormFields.text(v, "kind")), amount, from, until, v.get("legalSource"));
    }

    private static @Nullable ThresholdKind kind(@Nullable String name) {
        for (ThresholdKind k : ThresholdKind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }
}
