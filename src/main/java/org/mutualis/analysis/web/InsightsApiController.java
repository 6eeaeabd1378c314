package org.mutualis.analysis.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mutualis.analysis.CampaignPriorities;
import org.mutualis.analysis.domain.PriorityResult;
import org.mutualis.identity.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The collectivités' priorities over HTTP: mean rank, Borda count, ties and near-ties. */
@RestController
@Tag(name = "Synthèse")
class InsightsApiController {

    private final CampaignPriorities priorities;
    private final org.mutualis.analysis.CampaignSyntheses syntheses;
    private final org.mutualis.census.Campaigns campaigns;
    private final org.mutualis.analysis.CampaignSoftware software;
    private final org.mutualis.analysis.CampaignComparisons comparisons;
    private final CurrentUsers users;

    InsightsApiController(
            CampaignPriorities priorities,
            org.mutualis.analysis.CampaignSyntheses syntheses,
            org.mutualis.census.Campaigns campaigns,
            org.mutualis.analysis.CampaignSoftware software,
            org.mutualis.analysis.CampaignComparisons comparisons,
            CurrentUsers users) {
        this.software = software;
        this.comparisons = comparisons;
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
            throw new org.mutualis.shared.error.NotFoundException("analysis.priorities.none");
        }
        return result;
    }

    /** A correspondent gets the publishers' totals only, not who uses what. */
    @GetMapping("/api/campaigns/{id}/software")
    @Operation(summary = "Couverture fonctionnelle : éditeur par domaine et collectivité, éditeurs, convergences")
    Object software(@PathVariable long id) {
        var user = users.require();
        var coverage = software.of(id);
        if (coverage.matrix() == null) {
            throw new org.mutualis.shared.error.NotFoundException("analysis.coverage.none");
        }
        if (!FigureAccess.showsDetails(user)) {
            return java.util.Map.of(
                    "domains",
                    coverage.domainLabels(),
                    "publishers",
                    coverage.matrix().publishers().stream()
                            .map(p -> java.util.Map.of(
                                    "name",
                                    p.name(),
                                    "domains",
                                    p.domainCount(),
                                    "collectivities",
                                    p.collectivityCount()))
                            .toList());
        }
        return coverage;
    }

    /** Year over year; a correspondent sees the totals and only their own answers' changes. */
    @GetMapping("/api/campaigns/{id}/compare/{other}")
    @Operation(summary = "D'un recensement à l'autre : totaux bruts et extrapolés, réponses qui ont changé")
    Object compare(@PathVariable long id, @PathVariable long other) {
        var user = users.require();
        var result = comparisons.compare(id, other).result();
        if (FigureAccess.showsDetails(user)) {
            return result;
        }
        String own = campaigns.visibleCollectivities(id, user).stream()
                .map(org.mutualis.territory.CollectivityView::code)
                .findFirst()
                .orElse("");
        // Totals only: the figures' inputs would show the other collectivités' answers.
        java.util.List<java.util.Map<String, Object>> totals = new java.util.ArrayList<>();
        for (var c : result.indicators()) {
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("indicatorCode", c.indicatorCode());
            row.put("label", c.label());
            row.put("rawBefore", c.rawBefore());
            row.put("rawAfter", c.rawAfter());
            row.put("extrapolatedBefore", c.extrapolatedBefore());
            row.put("extrapolatedAfter", c.extrapolatedAfter());
            totals.add(row);
        }
        return java.util.Map.of(
                "indicators",
                totals,
                "answers",
                result.answers().stream()
                        .filter(a -> a.collectivityCode().equals(own))
                        .toList());
    }
}
