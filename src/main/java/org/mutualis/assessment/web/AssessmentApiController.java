package org.mutualis.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.AssessmentView;
import org.mutualis.assessment.Assessments;
import org.mutualis.assessment.AwardForm;
import org.mutualis.identity.CurrentUser;
import org.mutualis.savings.Offers;
import org.mutualis.shared.web.FormChecks;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The before/after assessment over HTTP. */
@RestController
@Tag(name = "Bilan des marchés")
class AssessmentApiController {

    private final Assessments assessments;
    private final FormChecks checks;

    AssessmentApiController(Assessments assessments, FormChecks checks) {
        this.assessments = assessments;
        this.checks = checks;
    }

    @GetMapping("/api/procurements/{id}/assessment")
    @Operation(
            summary = "Bilan existant / obtenu : économies obtenues contre attendues, par collectivité et au total,"
                    + " avec leurs formules ; un correspondant membre voit sa collectivité")
    AssessmentView assessment(
            @PathVariable long id, @RequestParam(required = false) @Nullable Long campaign, CurrentUser user) {
        return assessments.of(id, campaign, user);
    }

    @GetMapping(value = "/api/procurements/{id}/assessment.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Le bilan en PDF")
    ResponseEntity<byte[]> pdf(
            @PathVariable long id, @RequestParam(required = false) @Nullable Long campaign, CurrentUser user) {
        return AssessmentPageController.download(
                assessments.pdf(id, campaign, user), MediaType.APPLICATION_PDF, id, "pdf");
    }

    @GetMapping(value = "/api/procurements/{id}/assessment.ods")
    @Operation(summary = "Le bilan en tableur ODS")
    ResponseEntity<byte[]> ods(
            @PathVariable long id, @RequestParam(required = false) @Nullable Long campaign, CurrentUser user) {
        return AssessmentPageController.download(
                assessments.ods(id, campaign, user), AssessmentPageController.ODS, id, "ods");
    }

    @PostMapping("/api/procurements/{id}/assessment/offers/{offerId}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rattacher au marché une offre qu’il doit obtenir (administrateur, analyste)")
    void link(@PathVariable long id, @PathVariable long offerId, CurrentUser user) {
        assessments.link(id, offerId, user);
    }

    @PutMapping("/api/procurements/{id}/assessment/offers/{offerId}")
    @Operation(summary = "Saisir le prix obtenu à l’attribution (montant vide : retirer l’attribution)")
    AssessmentView award(
            @PathVariable long id, @PathVariable long offerId, @RequestBody AwardForm award, CurrentUser user) {
        Offers.requireStaff(user);
        checks.check(award);
        assessments.award(id, offerId, award, user);
        return assessments.of(id, null, user);
    }

    @DeleteMapping("/api/procurements/{id}/assessment/offers/{offerId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Retirer une offre du marché")
    void unlink(@PathVariable long id, @PathVariable long offerId, CurrentUser user) {
        assessments.unlink(id, offerId, user);
    }
}
