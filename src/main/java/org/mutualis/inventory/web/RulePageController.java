package org.mutualis.inventory.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.InventoryRules;
import org.mutualis.inventory.RuleForm;
import org.mutualis.inventory.RuleView;
import org.mutualis.inventory.domain.rules.RuleField;
import org.mutualis.inventory.domain.rules.RuleKind;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.web.FormPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The normalisation rules' pages: the list by kind with its “try it” box, the administrator's forms. */
@Controller
class RulePageController {

    private final InventoryRules rules;
    private final FormPages forms;

    RulePageController(InventoryRules rules, FormPages forms) {
        this.rules = rules;
        this.forms = forms;
    }

    @GetMapping("/inventory/rules")
    String list(
            @RequestParam(required = false) @Nullable RuleField field,
            @RequestParam(required = false) @Nullable String text,
            Model model,
            CurrentUser user) {
        Map<RuleKind, List<RuleView>> byKind = new EnumMap<>(RuleKind.class);
        for (RuleKind kind : RuleKind.values()) {
            byKind.put(kind, new java.util.ArrayList<>());
        }
        rules.list(user).forEach(r -> byKind.get(r.kind()).add(r));
        model.addAttribute("byKind", byKind);
        model.addAttribute("admin", user.isAdministrator());
        model.addAttribute("ruleFields", RuleField.values());
        model.addAttribute("tryField", field);
        model.addAttribute("tryText", text);
        model.addAttribute("trials", List.of());
        model.addAttribute("tryProblems", List.of());
        if (field != null || (text != null && !text.isBlank())) {
            try {
                model.addAttribute("trials", rules.tryText(field, text, user));
            } catch (RejectedException e) {
                model.addAttribute("tryProblems", e.problems());
            }
        }
        return "inventory/rules";
    }

    @GetMapping("/inventory/rules/new")
    String create(@RequestParam(required = false) @Nullable RuleKind kind, Model model, CurrentUser user) {
        rules.forAdding(user);
        forms.show(model, "ruleForm", new RuleForm(kind, null, null, null, null, null, null, true, null, null));
        return form(model, null);
    }

    @PostMapping("/inventory/rules")
    String add(
            @Valid RuleForm ruleForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        rules.forAdding(user);
        return forms.submit(binding, model, response, () -> form(model, null), () -> {
            RuleView added = rules.add(ruleForm, user);
            redirect.addFlashAttribute("notice", "inventory.rules.added");
            return "redirect:/inventory/rules#rule-" + added.id();
        });
    }

    @GetMapping("/inventory/rules/{ruleId}/edit")
    String edit(@PathVariable long ruleId, Model model, CurrentUser user) {
        RuleView rule = rules.forEdit(ruleId, user);
        forms.show(
                model,
                "ruleForm",
                new RuleForm(
                        rule.kind(),
                        rule.position(),
                        rule.field(),
                        rule.pattern(),
                        rule.result(),
                        rule.product(),
                        rule.versionTemplate(),
                        rule.enabled(),
                        rule.note(),
                        (long) rule.version()));
        return form(model, rule);
    }

    @PostMapping("/inventory/rules/{ruleId}")
    String update(
            @PathVariable long ruleId,
            @Valid RuleForm ruleForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        RuleView rule = rules.forEdit(ruleId, user);
        return forms.submit(binding, model, response, () -> form(model, rule), () -> {
            rules.update(ruleId, ruleForm, user);
            redirect.addFlashAttribute("notice", "inventory.rules.saved");
            return "redirect:/inventory/rules#rule-" + ruleId;
        });
    }

    @PostMapping("/inventory/rules/{ruleId}/enable")
    String enable(
            @PathVariable long ruleId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect,
            CurrentUser user) {
        rules.setEnabled(ruleId, true, version, user);
        redirect.addFlashAttribute("notice", "inventory.rules.enabled");
        return "redirect:/inventory/rules#rule-" + ruleId;
    }

    @PostMapping("/inventory/rules/{ruleId}/disable")
    String disable(
            @PathVariable long ruleId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect,
            CurrentUser user) {
        rules.setEnabled(ruleId, false, version, user);
        redirect.addFlashAttribute("notice", "inventory.rules.disabled");
        return "redirect:/inventory/rules#rule-" + ruleId;
    }

    @PostMapping("/inventory/rules/{ruleId}/move")
    String move(
            @PathVariable long ruleId,
            @RequestParam(required = false) @Nullable String direction,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect,
            CurrentUser user) {
        rules.move(ruleId, "up".equals(direction), version, user);
        redirect.addFlashAttribute("notice", "inventory.rules.moved");
        return "redirect:/inventory/rules#rule-" + ruleId;
    }

    @GetMapping("/inventory/rules/{ruleId}/delete")
    String confirmDelete(@PathVariable long ruleId, Model model, CurrentUser user) {
        model.addAttribute("rule", rules.forEdit(ruleId, user));
        return "inventory/rules-delete";
    }

    @PostMapping("/inventory/rules/{ruleId}/delete")
    String delete(
            @PathVariable long ruleId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect,
            CurrentUser user) {
        rules.delete(ruleId, version, user);
        redirect.addFlashAttribute("notice", "inventory.rules.deleted");
        return "redirect:/inventory/rules";
    }

    private String form(Model model, @Nullable RuleView editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", RuleKind.values());
        model.addAttribute("ruleFields", RuleField.values());
        Map<RuleKind, List<String>> results = new EnumMap<>(RuleKind.class);
        for (RuleKind kind : RuleKind.values()) {
            results.put(kind, kind.results());
        }
        model.addAttribute("results", results);
        return "inventory/rules-form";
    }
}
