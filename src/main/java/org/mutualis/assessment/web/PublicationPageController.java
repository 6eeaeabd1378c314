package org.mutualis.assessment.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.AssessmentPublications;
import org.mutualis.assessment.PublishForm;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.web.FormPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assessment published to the communes: each one's view, and the staff's confirmation before sending. */
@Controller
class PublicationPageController {

    private final AssessmentPublications publications;
    private final FormPages forms;

    PublicationPageController(AssessmentPublications publications, FormPages forms) {
        this.publications = publications;
        this.forms = forms;
    }

    @GetMapping("/procurements/{id}/assessment/published")
    String published(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long collectivity,
            Model model,
            CurrentUser user) {
        model.addAttribute("view", publications.view(id, collectivity, user));
        return "procurement/assessment-published";
    }

    @GetMapping("/procurements/{id}/assessment/publish")
    String confirm(@PathVariable long id, Model model, CurrentUser user) {
        model.addAttribute("preview", publications.preview(id, user));
        forms.show(model, "publishForm", PublishForm.empty());
        return "procurement/assessment-publish";
    }

    @PostMapping("/procurements/{id}/assessment/publish")
    String publish(
            @PathVariable long id,
            @Valid PublishForm publishForm,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            CurrentUser user) {
        // Who may comes first: a refused reader gets 403/404, not the form's rules.
        publications.checkPublisher(id, user);
        if (binding.hasErrors()) {
            forms.refused(model, binding);
            model.addAttribute("preview", publications.preview(id, user));
            return "procurement/assessment-publish";
        }
        try {
            publications.publish(id, publishForm.message(), user);
        } catch (InvalidInputException e) {
            forms.refused(model, binding, e.problems());
            model.addAttribute("preview", publications.preview(id, user));
            return "procurement/assessment-publish";
        }
        redirect.addFlashAttribute("notice", "assessment.publication.done");
        return "redirect:/procurements/" + id + "/assessment/published";
    }
}
