package org.mutualis.inventory.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.LifecycleForm;
import org.mutualis.inventory.LifecycleView;
import org.mutualis.inventory.Lifecycles;
import org.mutualis.shared.web.FormPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The end-of-support table's pages: the table with each row's status and source, the administrator's forms. */
@Controller
class LifecyclePageController {

    private final Lifecycles lifecycles;
    private final FormPages forms;

    LifecyclePageController(Lifecycles lifecycles, FormPages forms) {
        this.lifecycles = lifecycles;
        this.forms = forms;
    }

    @GetMapping("/inventory/lifecycle")
    String list(Model model, CurrentUser user) {
        model.addAttribute("entries", lifecycles.list(user));
        model.addAttribute("admin", user.isAdministrator());
        return "inventory/lifecycle";
    }

    @GetMapping("/inventory/lifecycle/new")
    String create(Model model, CurrentUser user) {
        lifecycles.forAdding(user);
        forms.show(model, "lifecycleForm", new LifecycleForm(null, null, null, null, null, null, null, null, null));
        return form(model, null);
    }

    @PostMapping("/inventory/lifecycle")
    String add(
            @Valid LifecycleForm lifecycleForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        lifecycles.forAdding(user);
        return forms.submit(binding, model, response, () -> form(model, null), () -> {
            LifecycleView added = lifecycles.add(lifecycleForm, user);
            redirect.addFlashAttribute("notice", "inventory.lifecycle.added");
            return "redirect:/inventory/lifecycle#entry-" + added.id();
        });
    }

    @GetMapping("/inventory/lifecycle/{entryId}/edit")
    String edit(@PathVariable long entryId, Model model, CurrentUser user) {
        LifecycleView entry = lifecycles.forEdit(entryId, user);
        forms.show(
                model,
                "lifecycleForm",
                new LifecycleForm(
                        entry.product(),
                        entry.cycle(),
                        entry.edition(),
                        entry.endOfSupport(),
                        entry.extendedEnd(),
                        entry.sourceUrl(),
                        entry.checkedOn(),
                        entry.note(),
                        (long) entry.version()));
        return form(model, entry);
    }

    @PostMapping("/inventory/lifecycle/{entryId}")
    String update(
            @PathVariable long entryId,
            @Valid LifecycleForm lifecycleForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        LifecycleView entry = lifecycles.forEdit(entryId, user);
        return forms.submit(binding, model, response, () -> form(model, entry), () -> {
            lifecycles.update(entryId, lifecycleForm, user);
            redirect.addFlashAttribute("notice", "inventory.lifecycle.saved");
            return "redirect:/inventory/lifecycle#entry-" + entryId;
        });
    }

    @GetMapping("/inventory/lifecycle/{entryId}/delete")
    String confirmDelete(@PathVariable long entryId, Model model, CurrentUser user) {
        model.addAttribute("entry", lifecycles.forEdit(entryId, user));
        return "inventory/lifecycle-delete";
    }

    @PostMapping("/inventory/lifecycle/{entryId}/delete")
    String delete(
            @PathVariable long entryId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect,
            CurrentUser user) {
        lifecycles.delete(entryId, version, user);
        redirect.addFlashAttribute("notice", "inventory.lifecycle.deleted");
        return "redirect:/inventory/lifecycle";
    }

    private String form(Model model, @Nullable LifecycleView editing) {
        model.addAttribute("editing", editing);
        return "inventory/lifecycle-form";
    }
}
