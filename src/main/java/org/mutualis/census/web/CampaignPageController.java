package org.mutualis.census.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignLists;
import org.mutualis.census.CampaignStatus;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.NewCampaign;
import org.mutualis.census.ResponseView;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.Questionnaires;
import org.mutualis.shared.ListPage;
import org.mutualis.shared.web.PageLinks;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
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

    /** Campaigns a page of the list shows. */
    static final int LIST_SIZE = 50;

    /** Up to this many territories, the new campaign's territory is chosen in one list; beyond, searched. */
    static final int TERRITORY_CHOICES = 30;

    private final Campaigns campaigns;
    private final CampaignLists lists;
    private final Territories territories;
    private final Questionnaires questionnaires;
    private final Clock clock;

    CampaignPageController(
            Campaigns campaigns,
            CampaignLists lists,
            Territories territories,
            Questionnaires questionnaires,
            Clock clock) {
        this.campaigns = campaigns;
        this.lists = lists;
        this.territories = territories;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @GetMapping("/campaigns")
    String list(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "status", defaultValue = "") String status,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @RequestParam(name = "territory", required = false) @Nullable Long territory,
            @RequestParam(name = "tq", defaultValue = "") String territoryQuery,
            Model model,
            CurrentUser user) {
        CampaignStatus only = switch (status) {
            case "open" -> CampaignStatus.OPEN;
            case "closed" -> CampaignStatus.CLOSED;
            default -> null;
        };
        ListPage<CampaignSummary> shown = lists.page(user, q.strip(), only, page, LIST_SIZE);
        model.addAttribute("campaigns", shown);
        model.addAttribute("pages", PageLinks.of(shown));
        model.addAttribute("q", q.strip());
        model.addAttribute("status", only == null ? "" : status);
        model.addAttribute("tq", territoryQuery.strip());
        // The territory of a new campaign: a short list whole, else the one chosen or searched for.
        long territoryCount = user.isStaff() ? territories.count() : 0;
        List<TerritorySummary> choices = List.of();
        if (territory != null) {
            choices = territories.find(territory).map(List::of).orElse(List.of());
        } else if (territoryCount <= TERRITORY_CHOICES) {
            choices = user.isStaff() ? territories.all() : List.of();
        } else if (!territoryQuery.isBlank()) {
            choices = territories
                    .page(territoryQuery.strip(), 1, TERRITORY_CHOICES)
                    .items();
        }
        model.addAttribute("territoryCount", territoryCount);
        model.addAttribute("territories", choices);
        model.addAttribute("territoryChosen", territory != null && !choices.isEmpty());
        model.addAttribute("manyTerritories", territoryCount > TERRITORY_CHOICES);
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
            @RequestParam(defaultValue = "1") int page,
            Model model,
            CurrentUser user) {
        ListPage.requested(page);
        String query = q.strip().toLowerCase(Locale.ROOT);
        List<ResponseView> rows = campaigns.responses(id, user).stream()
                .filter(r -> query.isEmpty()
                        || r.collectivity().name().toLowerCase(Locale.ROOT).contains(query)
                        || r.collectivity().code().startsWith(query))
                .toList();
        ListPage<ResponseView> shown = ListPage.of(rows, page, PAGE_SIZE);
        model.addAttribute("campaign", campaigns.get(id, user));
        model.addAttribute("questionnaire", campaigns.questionnaire(id, user));
        model.addAttribute("rows", shown);
        model.addAttribute("pages", PageLinks.of(shown));
        model.addAttribute("q", q);
        model.addAttribute("given", rows.stream().filter(ResponseView::given).count());
        model.addAttribute("staff", user.isStaff());
        return "census/campaign";
    }
}
