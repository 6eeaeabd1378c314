package org.mutualis.analysis.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.CampaignSyntheses;
import org.mutualis.analysis.EndOfSupportFigures;
import org.mutualis.analysis.FigureView;
import org.mutualis.analysis.ResponseRate;
import org.mutualis.analysis.SynthesisView;
import org.mutualis.census.ResponseStatus;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.NumberDisplay;
import org.mutualis.shared.web.RenderedFragments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The synthesis dashboard, the representativity table and each figure's explanation. Each page
 * shows the reader's view the service gives: nothing here decides what is secret.
 */
@Controller
class SynthesisPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Collectivités without a counted response listed per page of the follow-up. */
    static final int LATE_PER_PAGE = 50;

    /** Notes (exclusions, NC, assumptions) an explanation lists; the API gives them all. */
    static final int NOTES_SHOWN = 200;

    private final CampaignSyntheses syntheses;
    private final NumberDisplay numbers;
    private final RenderedFragments fragments;
    private final ObjectProvider<EndOfSupportFigures> endOfSupport;

    SynthesisPageController(
            CampaignSyntheses syntheses,
            NumberDisplay numbers,
            RenderedFragments fragments,
            ObjectProvider<EndOfSupportFigures> endOfSupport) {
        this.endOfSupport = endOfSupport;
        this.fragments = fragments;
        this.syntheses = syntheses;
        this.numbers = numbers;
    }

    @ModelAttribute("numbers")
    NumberDisplay numbers() {
        return numbers;
    }

    @GetMapping("/campaigns/{id}/synthesis")
    String synthesis(
            @PathVariable long id,
            Model model,
            CurrentUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        SynthesisView view = syntheses.view(id, user);
        model.addAttribute("campaign", view.campaign());
        model.addAttribute("questionnaire", view.questionnaire());
        model.addAttribute("s", view.synthesis());
        model.addAttribute("details", view.details());
        model.addAttribute("names", view.names());
        model.addAttribute("view", view);
        model.addAttribute("rate", view.rate());
        model.addAttribute("warnings", view.warnings());
        model.addAttribute("lowRate", ResponseRate.LOW_RATE_PERCENT);
        // The inventory's end-of-support figures when a module gives them (the reader's own view).
        EndOfSupportFigures figures = endOfSupport.getIfAvailable();
        model.addAttribute(
                "endOfSupport",
                figures == null
                        ? null
                        : figures.of(view.campaign().territoryId(), user).orElse(null));
        // The figure tables depend only on this view (cached until the data change) and the language.
        model.addAttribute(
                "body",
                fragments.html(
                        view,
                        "analysis/synthesis :: figures",
                        model,
                        m -> m.addAttribute("chartsJson", JSON.writeValueAsString(ChartData.of(view.synthesis()))),
                        request,
                        response));
        return "analysis/synthesis";
    }

    @GetMapping("/campaigns/{id}/representativity")
    String representativity(@PathVariable long id, Model model, CurrentUser user) {
        SynthesisView view = syntheses.view(id, user);
        model.addAttribute("campaign", view.campaign());
        model.addAttribute("s", view.synthesis());
        model.addAttribute("names", view.names());
        model.addAttribute("details", view.details());
        model.addAttribute("staff", user.isStaff());
        return "analysis/representativity";
    }

    /** Progress of the census, overall and per stratum; staff see who is late. */
    @GetMapping("/campaigns/{id}/follow-up")
    String followUp(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable ResponseStatus status,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            CurrentUser user) {
        // Summary first (the strata above, counted by the database); then the collectivités without
        // a counted response, a page at a time read as such: a national census has tens of thousands.
        String query = q == null ? "" : q.strip();
        var followUp = syntheses.followUpPage(id, query, status, page, LATE_PER_PAGE, user);
        model.addAttribute("campaign", followUp.campaign());
        model.addAttribute("followUp", followUp.followUp());
        model.addAttribute("late", followUp.late());
        model.addAttribute("q", query);
        model.addAttribute("status", status);
        model.addAttribute(
                "lateStatuses",
                List.of(
                        ResponseStatus.NOT_INVITED,
                        ResponseStatus.INVITED,
                        ResponseStatus.IN_PROGRESS,
                        ResponseStatus.RETURNED));
        model.addAttribute("statuses", ResponseStatus.values());
        model.addAttribute("staff", user.isStaff());
        return "analysis/follow-up";
    }

    /** Full page, or just the explanation when htmx asks for it inline. */
    @GetMapping("/campaigns/{id}/synthesis/figures/{figureId}")
    String figure(
            @PathVariable long id,
            @PathVariable String figureId,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            CurrentUser user) {
        FigureView view = syntheses.figure(id, figureId, page, user);
        model.addAttribute("campaign", view.campaign());
        model.addAttribute("figure", view.figure());
        model.addAttribute("terms", view.terms());
        model.addAttribute(
                "notes",
                view.figure()
                        .notes()
                        .subList(0, Math.min(NOTES_SHOWN, view.figure().notes().size())));
        model.addAttribute("strata", view.strata());
        model.addAttribute("details", view.details());
        return htmx != null ? "analysis/figure :: explanation" : "analysis/figure";
    }
}
