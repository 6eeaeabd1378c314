package org.mutualis.assessment.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.AssessmentView;
import org.mutualis.assessment.Assessments;
import org.mutualis.assessment.AwardForm;
import org.mutualis.identity.CurrentUser;
import org.mutualis.savings.Offers;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.web.Downloads;
import org.mutualis.shared.web.FormPages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A procurement's before/after assessment: page, awarded prices, PDF and ODS documents. */
@Controller
class AssessmentPageController {

    static final MediaType ODS = MediaType.parseMediaType("application/vnd.oasis.opendocument.spreadsheet");

    private final Assessments assessments;
    private final FormPages forms;

    AssessmentPageController(Assessments assessments, FormPages forms) {
        this.assessments = assessments;
        this.forms = forms;
    }

    @GetMapping("/procurements/{id}/assessment")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long campaign,
            Model model,
            CurrentUser user) {
        model.addAttribute("view", assessments.of(id, campaign, user));
        return "procurement/assessment";
    }

    @PostMapping("/procurements/{id}/assessment/offers")
    String link(@PathVariable long id, @RequestParam long offerId, Model model, CurrentUser user) {
        try {
            assessments.link(id, offerId, user);
        } catch (InvalidInputException e) {
            forms.refused(model, e.problems());
            return page(id, model, user);
        }
        return "redirect:/procurements/" + id + "/assessment";
    }

    @PostMapping("/procurements/{id}/assessment/offers/{offerId}/award")
    String award(
            @PathVariable long id,
            @PathVariable long offerId,
            @Valid AwardForm awardForm,
            BindingResult binding,
            Model model,
            CurrentUser user) {
        if (binding.hasErrors()) {
            Offers.requireStaff(user);
            forms.refused(model, binding);
            return page(id, model, user);
        }
        try {
            assessments.award(id, offerId, awardForm, user);
        } catch (InvalidInputException e) {
            forms.refused(model, binding, e.problems());
            return page(id, model, user);
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
            return page(id, model, user);
        }
        return "redirect:/procurements/" + id + "/assessment";
    }

    @PostMapping("/procurements/{id}/assessment/offers/{offerId}/remove")
    String unlink(@PathVariable long id, @PathVariable long offerId, CurrentUser user) {
        assessments.unlink(id, offerId, user);
        return "redirect:/procurements/" + id + "/assessment";
    }

    @GetMapping("/procurements/{id}/assessment.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long id, @RequestParam(required = false) @Nullable Long campaign, CurrentUser user) {
        return download(assessments.pdf(id, campaign, user), MediaType.APPLICATION_PDF, id, "pdf");
    }

    @GetMapping("/procurements/{id}/assessment.ods")
    ResponseEntity<byte[]> ods(
            @PathVariable long id, @RequestParam(required = false) @Nullable Long campaign, CurrentUser user) {
        return download(assessments.ods(id, campaign, user), ODS, id, "ods");
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, long id, String extension) {
        return Downloads.attachment(body, type, "bilan-marche-" + id + "." + extension);
    }

    private String page(long id, Model model, CurrentUser user) {
        AssessmentView view = assessments.of(id, null, user);
        model.addAttribute("view", view);
        return "procurement/assessment";
    }
}
