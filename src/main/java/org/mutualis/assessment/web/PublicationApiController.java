package org.mutualis.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.AssessmentPublications;
import org.mutualis.assessment.PublicationSummary;
import org.mutualis.assessment.PublishForm;
import org.mutualis.assessment.PublishedAssessmentView;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.web.FormChecks;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The assessment published to the communes, over HTTP. */
@RestController
@Tag(name = "Bilan des marchés")
class PublicationApiController {

    private final AssessmentPublications publications;
    private final FormChecks checks;

    PublicationApiController(AssessmentPublications publications, FormChecks checks) {
        this.publications = publications;
        this.checks = checks;
    }

    @GetMapping("/api/procurements/{id}/assessment/published")
    @Operation(
            summary = "Bilan publié aux communes : un membre voit son économie, une collectivité du territoire"
                    + " qui n’a pas adhéré ce que l’adhésion lui aurait fait économiser ; les marchés auxquels"
                    + " elle peut encore adhérer. Jamais les chiffres d’une autre collectivité.")
    PublishedAssessmentView published(
            @PathVariable long id, @RequestParam(required = false) @Nullable Long collectivity, CurrentUser user) {
        return publications.view(id, collectivity, user);
    }

    @PostMapping("/api/procurements/{id}/assessment/publications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Publier le bilan aux communes du territoire et leur écrire (administrateur, analyste), corps facultatif"
                            + " {message} ;"
                            + " refusé tant que rien n’est attribué")
    PublicationSummary publish(
            @PathVariable long id, @RequestBody(required = false) @Nullable PublishForm form, CurrentUser user) {
        publications.checkPublisher(id, user);
        PublishForm body = form == null ? PublishForm.empty() : form;
        checks.check(body);
        return publications.publish(id, body.message(), user);
    }
}
