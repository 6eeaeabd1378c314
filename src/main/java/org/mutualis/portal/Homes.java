package org.mutualis.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.CampaignComparisons;
import org.mutualis.analysis.CampaignSyntheses;
import org.mutualis.analysis.SynthesisView;
import org.mutualis.analysis.domain.CountResult;
import org.mutualis.analysis.domain.IndicatorChange;
import org.mutualis.analysis.domain.Stratum;
import org.mutualis.census.CampaignInvitations;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.ResponseStatus;
import org.mutualis.census.ResponseView;
import org.mutualis.identity.CurrentUser;
import org.mutualis.portal.HomeViews.CampaignWork;
import org.mutualis.portal.HomeViews.Change;
import org.mutualis.portal.HomeViews.CorrespondentHome;
import org.mutualis.portal.HomeViews.Deadline;
import org.mutualis.portal.HomeViews.ElectedHome;
import org.mutualis.portal.HomeViews.KeyFigure;
import org.mutualis.portal.HomeViews.Questionnaire;
import org.mutualis.portal.HomeViews.StaffHome;
import org.mutualis.portal.HomeViews.TerritoryStanding;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.MutualisException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Component;

/**
 * Builds each role's home page from the services, as the reader may see them: a correspondent's
 * questionnaires, the staff's work to do, where the territory stands for an elected official.
 */
@Component
class Homes {

    /** A deadline this close (in days) makes the collectivités without an answer late. */
    static final int NEAR_DAYS = 14;

    /** How many headline totals the elected official's page shows. */
    static final int KEY_FIGURES = 6;

    /** How many changes since the previous campaign it shows. */
    static final int CHANGES = 6;

    private final Campaigns campaigns;
    private final CampaignInvitations invitations;
    private final CampaignSyntheses syntheses;
    private final CampaignComparisons comparisons;
    private final Territories territories;
    private final TerritoryScope scope;
    private final Clock clock;

    Homes(
            Campaigns campaigns,
            CampaignInvitations invitations,
            CampaignSyntheses syntheses,
            CampaignComparisons comparisons,
            Territories territories,
            TerritoryScope scope,
            Clock clock) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.syntheses = syntheses;
        this.comparisons = comparisons;
        this.territories = territories;
        this.scope = scope;
        this.clock = clock;
    }

    // --- The correspondent -------------------------------------------------------------------

    CorrespondentHome correspondent(CurrentUser user) {
        // A contact may answer for several collectivités (a secretary shared by two communes).
        List<CollectivityView> own = user.collectivityIds().stream()
                .map(territories::collectivity)
                .flatMap(java.util.Optional::stream)
                .toList();
        if (own.isEmpty()) {
            return new CorrespondentHome(List.of(), List.of(), List.of());
        }
        List<Questionnaire> open = new ArrayList<>();
        List<Questionnaire> past = new ArrayList<>();
        for (CampaignSummary campaign : newestFirst(campaigns.all(user))) {
            for (CollectivityView collectivity : own) {
                if (campaign.territoryId() != collectivity.territoryId()) {
                    continue;
                }
                ResponseView response = campaigns.response(campaign.id(), collectivity.id(), user);
                Questionnaire q = new Questionnaire(
                        campaign,
                        collectivity.id(),
                        collectivity.name(),
                        response.status(),
                        response.updatedAt() == null
                                ? null
                                : LocalDateTime.ofInstant(response.updatedAt(), clock.getZone()),
                        response.statusComment(),
                        deadline(campaign));
                (q.open() ? open : past).add(q);
            }
        }
        return new CorrespondentHome(own, open, past);
    }

    // --- The EPCI's staff ---------------------------------------------------------------------

    StaffHome staff(CurrentUser user) {
        List<CampaignSummary> all = campaigns.all(user);
        List<CampaignWork> work = new ArrayList<>();
        for (CampaignSummary campaign : newestFirst(all)) {
            if (campaign.closed()) {
                continue;
            }
            Deadline deadline = deadline(campaign);
            List<ResponseView> responses = campaigns.responses(campaign.id(), user).stream()
                    .filter(r -> !r.collectivity().merged())
                    .toList();
            List<ResponseView> toValidate = responses.stream()
                    .filter(r -> r.status() == ResponseStatus.SUBMITTED)
                    .toList();
            List<CollectivityView> late = deadline.near()
                    ? responses.stream()
                            .filter(r -> !r.counts())
                            .map(ResponseView::collectivity)
                            .toList()
                    : List.of();
            int counted = (int) responses.stream().filter(ResponseView::counts).count();
            int remindersDue = invitations.late(campaign.id(), user).size();
            work.add(new CampaignWork(campaign, deadline, responses.size(), counted, toValidate, late, remindersDue));
        }
        int closed = (int) all.stream().filter(CampaignSummary::closed).count();
        return new StaffHome(work, closed);
    }

    // --- The elected official -----------------------------------------------------------------

    /**
     * Where one territory stands: the one asked for, else the first (elected officials have no
     * territory of their own, {@link TerritoryScope}); the others with a census are offered.
     */
    ElectedHome elected(CurrentUser user, @Nullable Long territoryId) {
        if (territoryId == null && territories.all().isEmpty()) {
            return new ElectedHome(null, null, List.of());
        }
        TerritorySummary territory = scope.resolve(territoryId, user);
        List<CampaignSummary> all = campaigns.all(user);
        List<CampaignSummary> ordered = newestFirst(
                all.stream().filter(c -> c.territoryId() == territory.id()).toList());
        Set<Long> withCampaigns = new HashSet<>();
        all.forEach(c -> withCampaigns.add(c.territoryId()));
        List<TerritorySummary> others = scope.choices(user).stream()
                .filter(t -> t.id() != territory.id() && withCampaigns.contains(t.id()))
                .toList();
        if (ordered.isEmpty()) {
            return new ElectedHome(territory, null, others);
        }
        // The campaign under way if there is one, else the latest.
        CampaignSummary current =
                ordered.stream().filter(c -> !c.closed()).findFirst().orElse(ordered.get(0));
        return new ElectedHome(territory, standing(current, ordered, user), others);
    }

    private TerritoryStanding standing(CampaignSummary current, List<CampaignSummary> ofTerritory, CurrentUser user) {
        SynthesisView view = syntheses.view(current.id(), user);
        Map<String, Integer> population = territories.collectivities(current.territoryId()).stream()
                .filter(c -> c.population() != null)
                .collect(Collectors.toMap(CollectivityView::code, CollectivityView::population, (a, b) -> a));
        int members = 0;
        int counted = 0;
        long inhabitants = 0;
        long covered = 0;
        for (Stratum s : view.synthesis().strata()) {
            members += s.members();
            counted += s.respondents();
            for (String code : s.memberCodes()) {
                inhabitants += population.getOrDefault(code, 0);
            }
            for (String code : s.respondentCodes()) {
                covered += population.getOrDefault(code, 0);
            }
        }
        int populationCovered = inhabitants == 0 ? 0 : (int) Math.round(100.0 * covered / inhabitants);
        List<CountResult> headline = view.synthesis().counts().stream()
                .filter(c -> c.indicator().aggregation() == Aggregation.COUNT
                        || c.indicator().aggregation() == Aggregation.AMOUNT)
                .filter(c -> c.extrapolated().value() != null && c.respondents() > 0)
                .toList();
        final int territoryMembers = members;
        List<KeyFigure> figures = headline.stream()
                .limit(KEY_FIGURES)
                .map(c -> new KeyFigure(
                        c.indicator().label(),
                        c.indicator().unit(),
                        c.raw().value(),
                        c.extrapolated().value(),
                        c.respondents(),
                        territoryMembers,
                        confidence(c.respondents(), territoryMembers, populationCovered)))
                .toList();

        CampaignSummary previous = previous(current, ofTerritory);
        List<Change> changes = List.of();
        int newRespondents = 0;
        int lostRespondents = 0;
        if (previous != null) {
            try {
                var comparison = comparisons.compare(previous.id(), current.id(), user);
                Set<String> headlineCodes = new HashSet<>();
                headline.forEach(c -> headlineCodes.add(c.indicator().code()));
                changes = comparison.result().changedIndicators().stream()
                        .filter(c -> c.before() != null && c.after() != null)
                        .filter(c -> c.extrapolatedBefore() != null && c.extrapolatedAfter() != null)
                        // The headline totals first, then the others, in the synthesis's order.
                        .sorted(Comparator.comparing((IndicatorChange c) -> !headlineCodes.contains(c.indicatorCode())))
                        .limit(CHANGES)
                        .map(c -> new Change(
                                c.label(),
                                Objects.requireNonNull(c.after()).indicator().unit(),
                                c.extrapolatedBefore(),
                                c.extrapolatedAfter(),
                                c.extrapolatedDifference() == null
                                        ? null
                                        : c.extrapolatedDifference().value()))
                        .toList();
                newRespondents = comparison.result().onlyAfter().size();
                lostRespondents = comparison.result().onlyBefore().size();
            } catch (MutualisException e) {
                // Two campaigns that cannot be compared: the page says there is nothing to compare.
                previous = null;
            }
        }
        return new TerritoryStanding(
                current,
                deadline(current),
                members,
                counted,
                populationCovered,
                figures,
                Math.max(0, headline.size() - figures.size()),
                previous,
                changes,
                newRespondents,
                lostRespondents);
    }

    /** The latest earlier campaign of the territory with a theme in common. */
    private static @Nullable CampaignSummary previous(CampaignSummary current, List<CampaignSummary> ofTerritory) {
        Set<String> themes = new HashSet<>(List.of(current.themeCodes().split(",")));
        return ofTerritory.stream()
                .filter(c -> c.id() != current.id())
                .filter(c -> c.censusDate().isBefore(current.censusDate()))
                .filter(c -> c.themes().stream().anyMatch(t -> themes.contains(t.theme())))
                .max(Comparator.comparing(CampaignSummary::censusDate))
                .orElse(null);
    }

    /**
     * How far an extrapolation can be trusted, in three words: {@code high} when at least half of
     * the collectivités answered and they hold at least half of the population — the synthesis's
     * rule ({@link org.mutualis.analysis.ResponseRate#LOW_RATE_PERCENT}), so that « faible » means the
     * same on both pages — {@code low} (« très faible ») under a quarter of either, {@code medium}
     * (« faible ») in between.
     */
    static String confidence(int respondents, int members, int populationPercent) {
        if (members == 0 || respondents == 0) {
            return "low";
        }
        int answered = Math.round(100f * respondents / members);
        int enough = org.mutualis.analysis.ResponseRate.LOW_RATE_PERCENT;
        if (answered >= enough && populationPercent >= enough) {
            return "high";
        }
        if (answered < 25 || populationPercent < 25) {
            return "low";
        }
        return "medium";
    }

    private Deadline deadline(CampaignSummary campaign) {
        LocalDate closes = campaign.closesOn();
        if (closes == null) {
            return new Deadline(null, null);
        }
        return new Deadline(closes, ChronoUnit.DAYS.between(LocalDate.now(clock), closes));
    }

    private static List<CampaignSummary> newestFirst(List<CampaignSummary> campaigns) {
        return campaigns.stream()
                .sorted(Comparator.comparing(CampaignSummary::censusDate)
                        .reversed()
                        .thenComparing(CampaignSummary::id))
                .toList();
    }
}
