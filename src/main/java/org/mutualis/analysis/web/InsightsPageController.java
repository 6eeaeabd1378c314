package org.mutualis.analysis.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mutualis.analysis.CampaignPriorities;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.NumberDisplay;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** Syntheses beyond counts: the collectivités' priorities. */
@Controller
class InsightsPageController {

    private final CampaignPriorities priorities;
    private final org.mutualis.analysis.CampaignComparisons comparisons;
    private final org.mutualis.analysis.CampaignSoftware software;
    private final Campaigns campaigns;
    private final NumberDisplay numbers;

    InsightsPageController(
            CampaignPriorities priorities,
            org.mutualis.analysis.CampaignComparisons comparisons,
            org.mutualis.analysis.CampaignSoftware software,
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
        CampaignPriorities.Ranking ranking = priorities.of(id);
        model.addAttribute("details", FigureAccess.showsDetails(user));
        Map<String, String> labels = new LinkedHashMap<>();
        ranking.objectives().forEach(q -> labels.put(q.code(), q.labelFr()));
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("ranking", ranking);
        model.addAttribute("labels", labels);
        return "analysis/priorities";
    }

    /** Which publisher covers which domain where; correspondents see only the publishers' totals. */
    @GetMapping("/campaigns/{id}/software")
    String software(@PathVariable long id, Model model, CurrentUser user) {
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("coverage", software.of(id));
        model.addAttribute("details", FigureAccess.showsDetails(user));
        return "analysis/software";
    }

    /** Year over year; a correspondent sees the totals and only their own answers' changes. */
    @GetMapping("/campaigns/{id}/compare")
    String compare(
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Long with,
            Model model,
            CurrentUser user) {
        var campaign = campaigns.get(id);
        var others = campaigns.all().stream()
                .filter(c -> c.territoryId() == campaign.territoryId() && c.id() != id)
                .toList();
        model.addAttribute("campaign", campaign);
        model.addAttribute("others", others);
        if (with != null) {
            var comparison = comparisons.compare(id, with);
            var names = FigureAccess.names(comparison.after().data());
            names.putAll(FigureAccess.names(comparison.before().data()));
            String own = comparison.after().data().collectivities().stream()
                    .filter(c -> user.collectivityId() != null && c.id() == user.collectivityId())
                    .map(org.mutualis.territory.CollectivityView::code)
                    .findFirst()
                    .orElse("");
            model.addAttribute("comparison", comparison);
            model.addAttribute("names", names);
            model.addAttribute(
                    "answerChanges",
                    comparison.result().answers().stream()
                            .filter(a -> FigureAccess.showsDetails(user)
                                    || a.collectivityCode().equals(own))
                            .toList());
        }
        return "analysis/compare";
    }
}
