package org.mutualis.census.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mutualis.census.AnswerSubmission;
import org.mutualis.census.Campaigns;
import org.mutualis.census.Drafts;
import org.mutualis.census.ResponseView;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.Questionnaire;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answer form's automatic draft save (static/js/answers-keep.js): the form's fields as the
 * page posts them (with its CSRF token), saved as « Enregistrer le brouillon » saves them; answers
 * JSON — the new version and when — or a problem document (401 when the session has expired,
 * 409 with the stored answers when the response was transmitted, validated or changed meanwhile).
 */
@RestController
class DraftController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Campaigns campaigns;
    private final Drafts drafts;
    private final Clock clock;

    DraftController(Campaigns campaigns, Drafts drafts, Clock clock) {
        this.campaigns = campaigns;
        this.drafts = drafts;
        this.clock = clock;
    }

    @PostMapping(path = "/campaigns/{id}/responses/{collectivityId}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> save(
            @PathVariable long id,
            @PathVariable long collectivityId,
            @RequestParam(defaultValue = "0") long version,
            @RequestParam Map<String, String> params,
            CurrentUser user) {
        Questionnaire questionnaire = campaigns.questionnaire(id, user);
        Map<String, String> values = AnswerForm.answers(questionnaire, params);
        ResponseView saved =
                drafts.save(id, collectivityId, new AnswerSubmission(values, params.get("comment"), version), user);
        Instant at = saved.updatedAt() == null ? clock.instant() : saved.updatedAt();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", saved.version());
        body.put("savedAt", at.toString());
        body.put("time", TIME.format(at.atZone(PARIS)));
        body.put("status", saved.status().name());
        return body;
    }
}
