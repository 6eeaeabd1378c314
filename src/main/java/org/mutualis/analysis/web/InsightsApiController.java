package org.mutualis.analysis.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutualis.analysis.CampaignComparisons;
import org.mutualis.analysis.CampaignPriorities;
import org.mutualis.analysis.CampaignSoftware;
import org.mutualis.analysis.CampaignSyntheses;
import org.mutualis.analysis.FollowUp;
import org.mutualis.analysis.domain.PriorityResult;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.error.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The follow-up, the collectivités' priorities, the software coverage and the comparison of two
 * campaigns over HTTP: each one the reader's view the service gives, shaped for JSON.
 */
@RestController
@Tag(name = "Synthèse")
class InsightsApiController {

    private final CampaignPriorities priorities;
    private final CampaignSyntheses syntheses;
    private final CampaignSoftware software;
    private final CampaignComparisons comparisons;

    InsightsApiController(
            CampaignPriorities priorities,
            CampaignSyntheses syntheses,
            CampaignSoftware software,
            CampaignComparisons comparisons) {
        this.software = software;
        this.comparisons = comparisons;
        this.priorities = priorities;
        this.syntheses = syntheses;
    }

    @GetMapping("/api/campaigns/{id}/follow-up")
    @Operation(summary = "Avancement des réponses, au total et par strate (états des réponses, strates sans répondant)")
    FollowUp followUp(@PathVariable long id, CurrentUser user) {
        return syntheses.followUp(id, user);
    }

    @GetMapping("/api/campaigns/{id}/priorities")
    @Operation(summary = "Objectifs classés : rang moyen, points de Borda, classeurs, égalités et quasi-égalités")
    PriorityResult priorities(@PathVariable long id, CurrentUser user) {
        PriorityResult result = priorities.of(id, user).result();
        if (result == null) {
            throw new NotFoundException("priorities.none");
        }
        return result;
    }

    /** A correspondent gets the publishers' totals only, not who uses what. */
    @GetMapping("/api/campaigns/{id}/software")
    @Operation(summary = "Couverture fonctionnelle : éditeur par domaine et collectivité, éditeurs, convergences")
    Object software(@PathVariable long id, CurrentUser user) {
        var coverage = software.of(id, user);
        if (coverage.matrix() == null) {
            throw new NotFoundException("software.none");
        }
        if (!coverage.details()) {
            return Map.of(
                    "domains",
                    coverage.domainLabels(),
                    "publishers",
                    coverage.matrix().publishers().stream()
                            .map(p -> Map.of(
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
    Object compare(@PathVariable long id, @PathVariable long other, CurrentUser user) {
        var comparison = comparisons.compare(id, other, user);
        if (comparison.details()) {
            return comparison.result();
        }
        // Totals only: the figures' inputs are the reader's own, the rest is left out.
        List<Map<String, Object>> totals = new ArrayList<>();
        for (var c : comparison.result().indicators()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicatorCode", c.indicatorCode());
            row.put("label", c.label());
            row.put("rawBefore", c.rawBefore());
            row.put("rawAfter", c.rawAfter());
            row.put("extrapolatedBefore", c.extrapolatedBefore());
            row.put("extrapolatedAfter", c.extrapolatedAfter());
            totals.add(row);
        }
        return Map.of("indicators", totals, "answers", comparison.result().answers());
    }
}
