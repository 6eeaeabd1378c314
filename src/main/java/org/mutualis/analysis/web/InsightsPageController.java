package org.mutualis.analysis.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.CampaignComparisons;
import org.mutualis.analysis.CampaignPriorities;
import org.mutualis.analysis.CampaignSoftware;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.NumberDisplay;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Syntheses beyond counts: the collectivités' priorities, software coverage, year over year. Each
 * page shows the reader's view the service gives.
 */
@Controller
class InsightsPageController {

    private final CampaignPriorities priorities;
    private final CampaignComparisons comparisons;
    private final CampaignSoftware software;
    private final Campaigns campaigns;
    private final NumberDisplay numbers;

    InsightsPageController(
            CampaignPriorities priorities,
            CampaignComparisons comparisons,
            CampaignSoftware software,
            Campaigns campaigns,
            NumberDisplay numbers) {
        this.software = software;
        this.priorities = priorities;
        this.comparisons = comparisons;
        this.campaigns = campaigns;
        this.numbers = numbers;
    }

    @ModelAttribute("numbers")
    NumberDisplay numbers() {
        return numbers;
    }

    @GetMapping("/campaigns/{id}/priorities")
    String priorities(@PathVariable long id, Model model, CurrentUser user) {
        CampaignPriorities.Ranking ranking = priorities.of(id, user);
        model.addAttribute("details", ranking.details());
        Map<String, String> labels = new LinkedHashMap<>();
        ranking.objectives().forEach(q -> labels.put(q.code(), q.labelFr()));
        model.addAttribute("campaign", campaigns.get(id, user));
        model.addAttribute("ranking", ranking);
        model.addAttribute("labels", labels);
        return "analysis/priorities";
    }

    /** Which publisher covers which domain where; correspondents see only the publishers' totals. */
    @GetMapping("/campaigns/{id}/software")
    String software(@PathVariable long id, Model model, CurrentUser user) {
        CampaignSoftware.Coverage coverage = software.of(id, user);
        model.addAttribute("campaign", campaigns.get(id, user));
        model.addAttribute("coverage", coverage);
        model.addAttribute("details", coverage.details());
        return "analysis/software";
    }

    /** Year over year; a correspondent sees the totals and only their own answers' changes. */
    @GetMapping("/campaigns/{id}/compare")
    String compare(
            @PathVariable long id, @RequestParam(required = false) @Nullable Long with, Model model, CurrentUser user) {
        CampaignSummary campaign = campaigns.get(id, user);
        var others = campaigns.all(user).stream()
                .filter(c -> c.territoryId() == campaign.territoryId() && c.id() != id)
                .toList();
        model.addAttribute("campaign", campaign);
        model.addAttribute("others", others);
        if (with != null) {
            var comparison = comparisons.compare(id, with, user);
            model.addAttribute("comparison", comparison);
            model.addAttribute("names", comparison.names());
            model.addAttribute("details", comparison.details());
            model.addAttribute("answerChanges", comparison.result().answers());
        }
        return "analysis/compare";
    }
}
