package org.mutualis.census.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.AnswerChange;
import org.mutualis.census.AnswerSource;
import org.mutualis.census.AnswerSubmission;
import org.mutualis.census.CampaignInventory;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.ExclusionView;
import org.mutualis.census.InventoryTaking;
import org.mutualis.census.ResponseView;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.Questionnaire;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns, responses and exclusions over HTTP, with the same rules as the pages. */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Recensements", description = "Campagnes, réponses des collectivités, exclusions")
class CampaignApiController {

    private final Campaigns campaigns;

    private final CampaignInventory inventory;

    CampaignApiController(Campaigns campaigns, CampaignInventory inventory) {
        this.campaigns = campaigns;
        this.inventory = inventory;
    }

    /** A response as files write it: {@code NC} for not communicated, absent when unanswered. */
    public record ResponseJson(
            long campaignId,
            long collectivityId,
            String collectivityCode,
            String collectivityName,
            String status,
            long version,
            Map<String, String> answers,
            @Nullable String comment,
            @Nullable String updatedAt,
            @Nullable String updatedBy) {

        static ResponseJson of(ResponseView r) {
            Map<String, String> answers = new LinkedHashMap<>();
            r.answers().forEach((code, value) -> answers.put(code, value.display()));
            return new ResponseJson(
                    r.campaignId(),
                    r.collectivity().id(),
                    r.collectivity().code(),
                    r.collectivity().name(),
                    r.status().name(),
                    r.version(),
                    answers,
                    r.comment(),
                    r.updatedAt() == null ? null : r.updatedAt().toString(),
                    r.updatedBy());
        }
    }

    /** {@code submit}: false saves a draft, true submits (required answers and cross-checks enforced). */
    public record ResponseWrite(
            long version,
            Map<String, String> answers,
            @Nullable String comment,
            @Nullable Boolean submit,
            @Nullable Map<String, String> reasons) {}

    public record StatusWrite(long version, @Nullable String comment) {}

    public record ExclusionWrite(long collectivityId, String indicatorCode, String reason) {}

    @GetMapping
    @Operation(summary = "Liste des campagnes de recensement")
    List<CampaignSummary> all(CurrentUser user) {
        return campaigns.all(user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Une campagne")
    CampaignSummary one(@PathVariable long id, CurrentUser user) {
        return campaigns.get(id, user);
    }

    @GetMapping("/{id}/questionnaire")
    @Operation(summary = "Le questionnaire de la campagne : questions, indicateurs, règles")
    Questionnaire questionnaire(@PathVariable long id, CurrentUser user) {
        return campaigns.questionnaire(id, user);
    }

    @GetMapping("/{id}/responses")
    @Operation(summary = "Réponses visibles par l'utilisateur (un correspondant ne voit que la sienne)")
    List<ResponseJson> responses(@PathVariable long id, CurrentUser user) {
        return campaigns.responses(id, user).stream().map(ResponseJson::of).toList();
    }

    @GetMapping("/{id}/responses/{collectivityId}")
    @Operation(summary = "La réponse d'une collectivité")
    ResponseJson response(@PathVariable long id, @PathVariable long collectivityId, CurrentUser user) {
        return ResponseJson.of(campaigns.response(id, collectivityId, user));
    }

    @PutMapping("/{id}/responses/{collectivityId}")
    @Operation(
            summary = "Enregistre la réponse d'une collectivité",
            description = "Mêmes validations que le formulaire. `version` est celle lue (0 pour une première"
                    + " réponse) : 409 si quelqu'un a enregistré entre-temps, 422 avec les erreurs par question.")
    ResponseJson save(
            @PathVariable long id,
            @PathVariable long collectivityId,
            @RequestBody ResponseWrite body,
            CurrentUser user) {
        AnswerSubmission submission =
                new AnswerSubmission(body.answers(), body.comment(), body.version(), body.reasons());
        return ResponseJson.of(
                Boolean.TRUE.equals(body.submit())
                        ? campaigns.submit(id, collectivityId, submission, user)
                        : campaigns.save(id, collectivityId, submission, user));
    }

    @PostMapping("/{id}/responses/{collectivityId}/validate")
    @Operation(summary = "Valide une réponse transmise (analystes, administrateurs)")
    ResponseJson validate(
            @PathVariable long id, @PathVariable long collectivityId, @RequestBody StatusWrite body, CurrentUser user) {
        return ResponseJson.of(campaigns.validate(id, collectivityId, body.version(), user));
    }

    @PostMapping("/{id}/responses/{collectivityId}/return")
    @Operation(summary = "Renvoie une réponse au correspondant avec un commentaire")
    ResponseJson giveBack(
            @PathVariable long id, @PathVariable long collectivityId, @RequestBody StatusWrite body, CurrentUser user) {
        return ResponseJson.of(campaigns.returnForCorrection(
                id,
                collectivityId,
                body.version(),
                String.valueOf(body.comment() == null ? "" : body.comment()),
                user));
    }

    @GetMapping("/{id}/responses/{collectivityId}/history")
    @Operation(summary = "Historique des modifications d'une réponse : qui, quand, avant, après")
    List<AnswerChange> history(@PathVariable long id, @PathVariable long collectivityId, CurrentUser user) {
        return campaigns.history(id, collectivityId, user);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Clôt la campagne : ses réponses sont figées")
    CampaignSummary close(@PathVariable long id, CurrentUser user) {
        return campaigns.close(id, user);
    }

    @GetMapping("/{id}/exclusions")
    @Operation(summary = "Réponses exclues de la synthèse, avec leur raison")
    List<ExclusionView> exclusions(@PathVariable long id, CurrentUser user) {
        return campaigns.exclusions(id, user);
    }

    @PostMapping("/{id}/exclusions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Exclut une réponse d'une synthèse (analystes, administrateurs)")
    List<ExclusionView> exclude(@PathVariable long id, @RequestBody ExclusionWrite body, CurrentUser user) {
        campaigns.exclude(id, body.collectivityId(), body.indicatorCode(), body.reason(), user);
        return campaigns.exclusions(id, user);
    }

    @DeleteMapping("/{id}/exclusions/{exclusionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Retire une exclusion")
    void removeExclusion(@PathVariable long id, @PathVariable long exclusionId, CurrentUser user) {
        campaigns.removeExclusion(id, exclusionId, user);
    }

    @PostMapping("/{id}/inventory")
    @Operation(
            summary = "Pré-remplit les réponses avec l'inventaire à la date du recensement",
            description = "Analystes et administrateurs, recensement ouvert. Les réponses déjà transmises et les"
                    + " réponses saisies ou corrigées par un correspondant ne sont pas modifiées.")
    InventoryTaking takeApi(@PathVariable long id, CurrentUser user) {
        return inventory.take(id, user);
    }

    @GetMapping("/{id}/responses/{collectivityId}/inventory")
    @Operation(summary = "Ce que l'inventaire a compté pour les réponses d'une collectivité, par question")
    Map<String, AnswerSource> sources(@PathVariable long id, @PathVariable long collectivityId, CurrentUser user) {
        return inventory.sources(id, collectivityId, user);
    }
}
