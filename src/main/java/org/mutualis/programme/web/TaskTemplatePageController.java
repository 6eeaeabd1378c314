package org.mutualis.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.mutualis.identity.CurrentUser;
import org.mutualis.programme.Programmes;
import org.mutualis.programme.TemplateTaskForm;
import org.mutualis.programme.TemplateTaskView;
import org.mutualis.programme.domain.Phase;
import org.mutualis.shared.error.ForbiddenException;
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

/** The task template every new action copies: the study's phases 0, 1 and 2, editable by the staff. */
@Controller
class TaskTemplatePageController {

    private final Programmes programmes;
    private final FormPages forms;

    TaskTemplatePageController(Programmes programmes, FormPages forms) {
        this.programmes = programmes;
        this.forms = forms;
    }

    @GetMapping("/programmes/template")
    String template(Model model, CurrentUser user) {
        staff(user);
        forms.show(model, "templateTaskForm", new TemplateTaskForm(0, "", null, 10, false));
        return page(model, null);
    }

    @PostMapping("/programmes/template")
    String add(
            @Valid TemplateTaskForm templateTaskForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        staff(user);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding);
            return page(model, null);
        }
        programmes.addTemplateTask(templateTaskForm, user);
        redirect.addFlashAttribute("notice", "programme.template.added");
        return "redirect:/programmes/template";
    }

    @GetMapping("/programmes/template/{templateId}")
    String edit(@PathVariable long templateId, Model model, CurrentUser user) {
        TemplateTaskView t = programmes.templateTask(templateId, user);
        forms.show(
                model,
                "templateTaskForm",
                new TemplateTaskForm(t.phase().number(), t.title(), t.description(), t.durationDays(), t.milestone()));
        return page(model, t);
    }

    @PostMapping("/programmes/template/{templateId}")
    String update(
            @PathVariable long templateId,
            @RequestParam long version,
            @Valid TemplateTaskForm templateTaskForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        TemplateTaskView t = programmes.templateTask(templateId, user);
        return forms.submit(binding, model, response, () -> page(model, t), () -> {
            programmes.updateTemplateTask(templateId, templateTaskForm, version, user);
            redirect.addFlashAttribute("notice", "programme.template.saved");
            return "redirect:/programmes/template";
        });
    }

    @GetMapping("/programmes/template/{templateId}/delete")
    String confirmDelete(@PathVariable long templateId, Model model, CurrentUser user) {
        TemplateTaskView t = programmes.templateTask(templateId, user);
        model.addAttribute("question", "programme.template.delete.confirm");
        model.addAttribute("name", t.title());
        model.addAttribute("action", "/programmes/template/" + templateId + "/delete");
        model.addAttribute("cancel", "/programmes/template");
        return "programme/delete";
    }

    @PostMapping("/programmes/template/{templateId}/delete")
    String delete(@PathVariable long templateId, RedirectAttributes redirect, CurrentUser user) {
        programmes.deleteTemplateTask(templateId, user);
        redirect.addFlashAttribute("notice", "programme.template.deleted");
        return "redirect:/programmes/template";
    }

    private String page(Model model, @org.jspecify.annotations.Nullable TemplateTaskView editing) {
        model.addAttribute("template", programmes.template());
        model.addAttribute("editing", editing);
        model.addAttribute("phases", Phase.values());
        return "programme/template";
    }

    private void staff(CurrentUser user) {
        if (!programmes.canEdit(user)) {
            throw new ForbiddenException("programme.staffOnly");
        }
    }
}
