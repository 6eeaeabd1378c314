package org.mutualis.questionnaire.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.QuestionnaireVersion;
import org.mutualis.questionnaire.Questionnaires;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Questionnaire versions over HTTP, for administrators: list, read, new draft, publish. */
@RestController
@RequestMapping("/api/questionnaires")
@Tag(name = "Questionnaires", description = "Versions des questionnaires : brouillons et publication")
class QuestionnaireApiController {

    private final Questionnaires questionnaires;

    QuestionnaireApiController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** A version with its questions in order. */
    public record VersionJson(QuestionnaireVersion version, List<Question> questions) {}

    @GetMapping
    @Operation(summary = "Toutes les versions de tous les thèmes, brouillons compris")
    List<QuestionnaireVersion> list(CurrentUser user) {
        return questionnaires.versions(user);
    }

    @GetMapping("/{theme}/{version}")
    @Operation(summary = "Une version et ses questions dans l'ordre")
    VersionJson get(@PathVariable String theme, @PathVariable int version, CurrentUser admin) {
        QuestionnaireVersion described = questionnaires.version(theme, version, admin);
        return new VersionJson(described, questionnaires.load(theme, version).questions());
    }

    @PostMapping("/{theme}/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Nouveau brouillon, copie de la dernière version publiée du thème")
    QuestionnaireVersion draft(@PathVariable String theme, CurrentUser user) {
        return questionnaires.draftFrom(theme, user);
    }

    @PostMapping("/{theme}/{version}/publish")
    @Operation(summary = "Contrôle puis publie un brouillon : il ne changera plus")
    QuestionnaireVersion publish(@PathVariable String theme, @PathVariable int version, CurrentUser user) {
        return questionnaires.publish(theme, version, user);
    }
}
