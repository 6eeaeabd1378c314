package org.mutualis.census.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.NewCampaign;
import org.mutualis.census.ResponseView;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.Questionnaires;
import org.mutualis.territory.Territories;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Campaign list, opening a campaign, and a campaign's answers grid. */
@Controller
class CampaignPageController {

    static final int PAGE_SIZE = 50;

    private final Campaigns campaigns;
    private final Territories territories;
    private final Questionnaires questionnaires;
    private final Clock clock;

    CampaignPageController(Campaigns campaigns, Territories territories, Questionnaires questionnaires, Clock clock) {
        this.campaigns = campaigns;
        this.territories = territories;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @GetMapping("/campaigns")
    String list(Model model, CurrentUser user) {
        model.addAttribute("campaigns", campaigns.all(user));
        model.addAttribute("territories", territories.all());
        model.addAttribute("form", OpenCampaignForm.defaults(LocalDate.now(clock)));
        model.addAttribute("themes", questionnaires.themes());
        return "census/campaigns";
    }

    @PostMapping("/campaigns")
    String open(@ModelAttribute("form") OpenCampaignForm form, RedirectAttributes redirect, CurrentUser user) {
        BandSettings bands = BandSettings.parse(form.thresholds(), form.lifespans(), form.otherLifespan());
        CampaignSummary created = campaigns.open(
                new NewCampaign(
                        form.territoryId(),
                        form.themeVersions(questionnaires),
                        form.name() == null ? "" : form.name().strip(),
                        form.censusDate() == null ? LocalDate.now(clock) : form.censusDate(),
                        form.opensOn(),
                        form.closesOn(),
                        bands),
                user);
        redirect.addFlashAttribute("notice", "campaign.opened");
        return "redirect:/campaigns/" + created.id();
    }

    /** The strata and default lifespans of a campaign's synthesis; the weights follow at once. */
    @PostMapping("/campaigns/{id}/bands")
    String changeBands(
            @PathVariable long id,
            @RequestParam String thresholds,
            @RequestParam String lifespans,
            @RequestParam java.math.BigDecimal otherLifespan,
            RedirectAttributes redirect,
            CurrentUser user) {
        campaigns.changeBands(id, BandSettings.parse(thresholds, lifespans, otherLifespan), user);
        redirect.addFlashAttribute("notice", "campaign.bands.changed");
        return "redirect:/campaigns/" + id + "/representativity";
    }

    @GetMapping("/campaigns/{id}/close")
    String confirmClose(@PathVariable long id, Model model, CurrentUser user) {
        model.addAttribute("campaign", campaigns.toClose(id, user));
        return "census/close";
    }

    @PostMapping("/campaigns/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
        campaigns.close(id, user);
        redirect.addFlashAttribute("notice", "campaign.closed.done");
        return "redirect:/campaigns/" + id;
    }

    @GetMapping("/campaigns/{id}")
    String grid(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            CurrentUser user) {
        String query = q.strip().toLowerCase(Locale.ROOT);
        List<ResponseView> rows = campaigns.responses(id, user).stream()
                .filter(r -> query.isEmpty()
                        || r.collectivity().name().toLowerCase(Locale.ROOT).contains(query)
                        || r.collectivity().code().startsWith(query))
                .toList();
        Pages.Page<ResponseView> shown = Pages.of(rows, page, PAGE_SIZE);
        model.addAttribute("campaign", campaigns.get(id, user));
        model.addAttribute("questionnaire", campaigns.questionnaire(id, user));
        model.addAttribute("rows", shown);
        model.addAttribute("q", q);
        model.addAttribute("given", rows.stream().filter(ResponseView::given).count());
        model.addAttribute("staff", user.isStaff());
        return "census/campaign";
    }
}
