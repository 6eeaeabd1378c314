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
import org.mutualis.assessment.AssessmentPublications;
import org.mutualis.census.CampaignLists;
import org.mutualis.census.CampaignSummary;
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
import org.mutualis.shared.ListPage;
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

    /** How many open campaigns the staff's home details; the others are on the campaign list. */
    static final int CAMPAIGNS = 5;

    /** How many collectivités each list of the staff's home names; the others are counted. */
    static final int NAMES = 12;

    /** How many other territories the elected official's home names. */
    static final int OTHERS = 10;

    /** How many of a correspondent's past questionnaires the home lists. */
    static final int PAST = 5;

    /** How many published assessments a correspondent's home lists. */
    static final int PUBLISHED = 5;

    /** The campaigns of one territory a home reads at most (one per year or so). */
    static final int OWN_CAMPAIGNS = 100;

    private final CampaignLists lists;
    private final AssessmentPublications publications;
    private final CampaignSyntheses syntheses;
    private final CampaignComparisons comparisons;
    private final Territories territories;
    private final TerritoryScope scope;
    private final Clock clock;

    Homes(
            CampaignLists lists,
            CampaignSyntheses syntheses,
            CampaignComparisons comparisons,
            Territories territories,
            TerritoryScope scope,
            AssessmentPublications publications,
            Clock clock) {
        this.lists = lists;
        this.publications = publications;
        this.syntheses = syntheses;
        this.comparisons = comparisons;
        this.territories = territories;
        this.scope = scope;
        this.clock = clock;
    }

    // --- The correspondent -------------------------------------------------------------------

    CorrespondentHome correspondent(CurrentUser user) {
        // A contact may answer for several collectivités (a secretary shared by two communes).
        Map<Long, CollectivityView> byId = territories.collectivities(user.collectivityIds()).stream()
                .collect(Collectors.toMap(CollectivityView::id, c -> c));
        List<CollectivityView> own = user.collectivityIds().stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .toList();
        if (own.isEmpty()) {
            return new CorrespondentHome(List.of(), List.of(), List.of(), 0, List.of());
        }
        List<Questionnaire> open = new ArrayList<>();
        List<Questionnaire> past = new ArrayList<>();
        for (CampaignLists.Standing s : lists.own(user, OWN_CAMPAIGNS)) {
            CollectivityView collectivity = byId.get(s.collectivityId());
            if (collectivity == null) {
                continue;
            }
            Questionnaire q = new Questionnaire(
                    s.campaign(),
                    collectivity.id(),
                    collectivity.name(),
                    s.status(),
                    s.updatedAt() == null ? null : LocalDateTime.ofInstant(s.updatedAt(), clock.getZone()),
                    s.statusComment(),
                    deadline(s.campaign()));
            (q.open() ? open : past).add(q);
        }
        return new CorrespondentHome(
                own,
                open,
                past.stream().limit(PAST).toList(),
                Math.max(0, past.size() - PAST),
                publications.forHome(user, PUBLISHED));
    }

    // --- The EPCI's staff ---------------------------------------------------------------------

    /**
     * What needs action, summarised: the open campaigns that need it most (responses to validate,
     * then the nearest deadline; at most {@link #CAMPAIGNS}) with
     * their counts and the first {@link #NAMES} names of each list, the totals over every campaign.
     */
    StaffHome staff(CurrentUser user) {
        CampaignLists.StaffOverview overview = lists.staff(user, CAMPAIGNS, NAMES);
        List<CampaignWork> work = new ArrayList<>();
        for (CampaignLists.OpenCampaign c : overview.campaigns()) {
            Deadline deadline = deadline(c.campaign());
            boolean near = deadline.near();
            work.add(new CampaignWork(
                    c.campaign(),
                    deadline,
                    c.members(),
                    c.counted(),
                    c.toValidate(),
                    c.firstToValidate(),
                    near ? c.unanswered() : 0,
                    near ? c.firstUnanswered() : List.of(),
                    c.remindersDue()));
        }
        return new StaffHome(
                work, (int) overview.openCampaigns(), (int) overview.closedCampaigns(), (int) overview.toValidate());
    }

    // --- The elected official -----------------------------------------------------------------

    /**
     * Where one territory stands: the one asked for, else the one of the newest open campaign (or
     * of the newest campaign), else the first (elected officials have no territory of their own,
     * {@link TerritoryScope}); the first few others with a census are offered, with their count.
     */
    ElectedHome elected(CurrentUser user, @Nullable Long territoryId) {
        if (territoryId == null && territories.count() == 0) {
            return new ElectedHome(null, null, ListPage.of(List.of(), 1, OTHERS));
        }
        TerritorySummary territory = scope.resolve(
                territoryId != null ? territoryId : lists.featuredTerritory().orElse(null), user);
        List<CampaignSummary> ordered = lists.ofTerritory(user, territory.id(), OWN_CAMPAIGNS);
        ListPage<CampaignLists.TerritoryName> others = lists.territoriesWithCampaigns(territory.id(), OTHERS);
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
}
