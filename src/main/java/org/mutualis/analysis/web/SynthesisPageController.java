package org.mutualis.analysis.web;

import org.mutualis.analysis.CampaignSyntheses;
import org.mutualis.analysis.CampaignSynthesis;
import org.mutualis.analysis.Figures;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.NumberDisplay;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** The synthesis dashboard, the representativity table and each figure's explanation. */
@Controller
class SynthesisPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CampaignSyntheses syntheses;
    private final NumberDisplay numbers;
    private final org.mutualis.census.Campaigns campaigns;

    SynthesisPageController(
            CampaignSyntheses syntheses, NumberDisplay numbers, org.mutualis.census.Campaigns campaigns) {
        this.campaigns = campaigns;
        this.syntheses = syntheses;
        this.numbers = numbers;
    }

    @ModelAttribute("numbers")
    NumberDisplay numbers() {
        return numbers;
    }

    @GetMapping("/campaigns/{id}/synthesis")
    String synthesis(@PathVariable long id, Model model, CurrentUser user) {
        CampaignSynthesis result = syntheses.of(id);
        model.addAttribute("campaign", result.data().campaign());
        model.addAttribute("questionnaire", result.data().questionnaire());
        model.addAttribute("s", SynthesisRedaction.forUser(result.synthesis(), user, result.data()));
        model.addAttribute("chartsJson", JSON.writeValueAsString(ChartData.of(result.synthesis())));
        model.addAttribute("details", FigureAccess.showsDetails(user));
        model.addAttribute("names", FigureAccess.names(result.data()));
        return "analysis/synthesis";
    }

    @GetMapping("/campaigns/{id}/representativity")
    String representativity(@PathVariable long id, Model model, CurrentUser user) {
        CampaignSynthesis result = syntheses.of(id);
        model.addAttribute("campaign", result.data().campaign());
        model.addAttribute("s", result.synthesis());
        model.addAttribute("names", FigureAccess.names(result.data()));
        model.addAttribute("details", FigureAccess.showsDetails(user));
        model.addAttribute("staff", user.isStaff());
        return "analysis/representativity";
    }

    /** Progress of the census, overall and per stratum; staff see who is late. */
    @GetMapping("/campaigns/{id}/follow-up")
    String followUp(@PathVariable long id, Model model, CurrentUser user) {
        if (user.role() == org.mutualis.identity.Role.CORRESPONDENT) {
            // Progress counts the whole territory, which a correspondent does not see.
            throw new org.springframework.security.access.AccessDeniedException("territory-wide");
        }
        CampaignSynthesis result = syntheses.of(id);
        var responses = campaigns.responses(id, user);
        model.addAttribute("campaign", result.data().campaign());
        model.addAttribute("followUp", FollowUp.of(result.synthesis().strata(), responses, "Total"));
        model.addAttribute("responses", responses);
        model.addAttribute("statuses", org.mutualis.census.ResponseStatus.values());
        model.addAttribute("staff", user.isStaff());
        return "analysis/follow-up";
    }

    /** Full page, or just the explanation when htmx asks for it inline. */
    @GetMapping("/campaigns/{id}/synthesis/figures/{figureId}")
    String figure(
            @PathVariable long id,
            @PathVariable String figureId,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            CurrentUser user) {
        CampaignSynthesis result = syntheses.of(id);
        Figure figure = Figures.find(result.synthesis(), figureId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("campaign", result.data().campaign());
        model.addAttribute("figure", FigureAccess.forUser(figure, user, result.data()));
        model.addAttribute(
                "strata",
                result.synthesis().strata().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                org.mutualis.analysis.domain.Stratum::code,
                                org.mutualis.analysis.domain.Stratum::label)));
        model.addAttribute("details", FigureAccess.showsDetails(user));
        return htmx != null ? "analysis/figure :: explanation" : "analysis/figure";
    }
}
