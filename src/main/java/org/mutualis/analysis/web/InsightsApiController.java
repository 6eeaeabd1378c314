package org.mutualis.analysis.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mutualis.analysis.PriorityResult;
import org.mutualis.analysis.app.CampaignPriorities;
import org.mutualis.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The collectivités' priorities over HTTP: mean rank, Borda count, ties and near-ties. */
@RestController
@Tag(name = "Synthèse")
class InsightsApiController {

    private final CampaignPriorities priorities;
    private final org.mutualis.analysis.app.CampaignSyntheses syntheses;
    private final org.mutualis.census.Campaigns campaigns;
    private final CurrentUsers users;

    InsightsApiController(
            CampaignPriorities priorities,
            org.mutualis.analysis.app.CampaignSyntheses syntheses,
            org.mutualis.census.Campaigns campaigns,
            CurrentUsers users) {
        this.priorities = priorities;
        this.syntheses = syntheses;
        this.campaigns = campaigns;
        this.users = users;
    }

    @GetMapping("/api/campaigns/{id}/follow-up")
    @Operation(summary = "Avancement des réponses, au total et par strate (états des réponses, strates sans répondant)")
    FollowUp followUp(@PathVariable long id) {
        var user = users.require();
        if (user.role() == org.mutualis.identity.Role.CORRESPONDENT) {
            throw new org.springframework.security.access.AccessDeniedException("territory-wide");
        }
        return FollowUp.of(syntheses.of(id).synthesis().strata(), campaigns.responses(id, user), "Total");
    }

    @GetMapping("/api/campaigns/{id}/priorities")
    @Operation(summary = "Objectifs classés : rang moyen, points de Borda, classeurs, égalités et quasi-égalités")
    PriorityResult priorities(@PathVariable long id) {
        users.require();
        PriorityResult result = priorities.of(id).result();
        if (result == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Ce recensement ne classe pas d'objectifs.");
        }
        return result;
    }
}
