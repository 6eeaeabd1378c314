package org.mutualis.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.LANNEANOU;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.AnswerSubmission;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.NewCampaign;
import org.mutualis.census.ResponseStatus;
import org.mutualis.census.ResponseStatuses;
import org.mutualis.census.ResponseView;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.shared.ListPage;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.NewCollectivity;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The follow-up counted by the database says what the synthesis' strata and every collectivité's
 * status say, and its list of collectivités without a counted response, read a page at a time,
 * lists what filtering every status would list: same strata, same counts, same names, same order.
 */
@MutualisDbTest
class FollowUpCountsTests {

    private static final AtomicInteger YEAR = new AtomicInteger(2120);
    private static final CurrentUser ANALYST = new CurrentUser(1, "a", "A", Role.ANALYST, null);

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CampaignSyntheses syntheses;

    @Autowired
    ResponseStatuses statuses;

    @Test
    void theStudysCountsPerStratumAreTheSynthesisStrataWhateverTheStatuses() {
        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, false);
        long campaign = study.campaign().id();
        // Every status at least once: invited, a draft, a returned response beside the imported ones.
        invite(campaign, study.collectivity(LANNEANOU).id());
        List<ResponseView> given = campaigns.responses(campaign, ANALYST).stream()
                .filter(ResponseView::given)
                .toList();
        ResponseView returned = given.get(0);
        campaigns.returnForCorrection(campaign, returned.collectivity().id(), returned.version(), "À revoir", ANALYST);
        CollectivityView drafting = campaigns.responses(campaign, ANALYST).stream()
                .filter(r -> !r.given() && r.status() == ResponseStatus.NOT_INVITED)
                .findFirst()
                .orElseThrow()
                .collectivity();
        campaigns.save(campaign, drafting.id(), new AnswerSubmission(Map.of(), null, 0), ANALYST);

        FollowUp counted = syntheses.followUp(campaign, ANALYST);
        assertThat(counted).isEqualTo(fromSynthesis(campaign));
        assertThat(counted.total().count(ResponseStatus.RETURNED)).isEqualTo(1);
        assertThat(counted.total().count(ResponseStatus.INVITED)).isEqualTo(1);
        assertThat(counted.total().count(ResponseStatus.IN_PROGRESS)).isEqualTo(1);
        assertListsAgree(campaign, List.of("", "lanneanou", "LANNÉANOU", "plou", "saint-", "é", "_", "%", "zzz"));
    }

    @Test
    void aThresholdEqualToAPopulationPlacesItsCommuneInTheUpperBandAsTheSynthesisDoes() {
        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, false);
        List<Integer> populations = territories.collectivities(study.territory().id()).stream()
                .filter(c -> c.kind() == CollectivityKind.COMMUNE && c.population() != null)
                .map(CollectivityView::population)
                .sorted()
                .distinct()
                .toList();
        // Thresholds on exact populations: each of those communes at the bottom of its band.
        List<Integer> thresholds = List.of(populations.get(3), populations.get(10), populations.get(15));
        CampaignSummary other = campaigns.open(
                NewCampaign.of(
                        study.territory().id(),
                        "infrastructure",
                        1,
                        "Autres strates",
                        study.campaign().censusDate().plusYears(2),
                        new BandSettings(thresholds, lifespans(thresholds.size() + 1), BigDecimal.valueOf(5))),
                CensusFixture.STAFF);
        assertThat(syntheses.followUp(other.id(), ANALYST)).isEqualTo(fromSynthesis(other.id()));
        assertThat(syntheses.followUp(other.id(), ANALYST).strata()).hasSize(thresholds.size() + 2);
    }

    @Test
    void aLargeTerritoryWithMergedCommunesAndCapitalAccentsIsCountedAndListedAlike() {
        int year = YEAR.incrementAndGet();
        List<NewCollectivity> members = new ArrayList<>();
        String[] names = {"Élancourt", "ÎLE-TUDY", "Saint-Thégonnec", "L'Hôpital-Camfrout", "Plounéour_Ménez", "Œuilly"
        };
        for (int i = 0; i < 130; i++) {
            String code = String.format(Locale.ROOT, "29%03d", i + 1);
            Integer population = i % 17 == 0 ? null : 50 * i;
            members.add(NewCollectivity.of(
                    code, names[i % names.length] + " " + i, CollectivityKind.COMMUNE, population, 2020));
        }
        members.add(new NewCollectivity(
                "29131", null, "Ancienne commune déléguée", CollectivityKind.COMMUNE, null, null, "29001"));
        members.add(NewCollectivity.of(EPCI_SIREN, "Communauté", CollectivityKind.EPCI, null, null));
        members.add(NewCollectivity.of(siren("21290001"), "Syndicat des eaux", CollectivityKind.OTHER, null, null));
        TerritorySummary territory =
                territories.create(EPCI_SIREN, "Grand territoire " + year, "CA", year, "tests", members);
        CampaignSummary campaign = campaigns.open(
                NewCampaign.of(
                        territory.id(),
                        "infrastructure",
                        1,
                        "Grand recensement",
                        LocalDate.of(2030, 1, 1),
                        BandSettings.study2012()),
                CensusFixture.STAFF);
        List<CollectivityView> all = territories.collectivities(territory.id());
        for (int i = 0; i < all.size(); i += 7) {
            invite(campaign.id(), all.get(i).id());
        }
        for (int i = 3; i < all.size(); i += 11) {
            campaigns.save(campaign.id(), all.get(i).id(), new AnswerSubmission(Map.of(), null, 0), ANALYST);
        }

        assertThat(syntheses.followUp(campaign.id(), ANALYST)).isEqualTo(fromSynthesis(campaign.id()));
        assertListsAgree(
                campaign.id(),
                List.of("", "elancourt", "île", "ILE-TUDY", "thégonnec", "hopital", "_m", "œ", "déléguée"));
        // A correspondent is told of their own collectivité only.
        CollectivityView own = all.get(5);
        var correspondent = new CurrentUser(9, "c", "C", Role.CORRESPONDENT, own.id());
        assertThat(statuses.notCounted(campaign.id(), "", null, 1, 50, correspondent)
                        .items())
                .extracting(r -> r.collectivity().id())
                .containsExactly(own.id());
        assertThat(statuses.counts(campaign.id(), correspondent).counts())
                .extracting(ResponseStatuses.Count::count)
                .containsExactly(1);
    }

    @Test
    void aPageBeyondTheLastShowsTheLastAndBothListsEndAlike() {
        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, false);
        long campaign = study.campaign().id();
        ListPage<ResponseView> last = statuses.notCounted(campaign, "", null, 99, 5, ANALYST);
        assertThat(last.number()).isEqualTo(last.count());
        assertThat(last.hasNext()).isFalse();
        assertThat(last.items()).isNotEmpty();
        var botsorhel = new CurrentUser(
                2, "c", "C", Role.CORRESPONDENT, study.collectivity(BOTSORHEL).id());
        assertThat(statuses.notCounted(campaign, "", null, 1, 5, botsorhel).items())
                .allSatisfy(r -> assertThat(r.collectivity().code()).isEqualTo(BOTSORHEL));
    }

    /** An invitation as sending it records one (the mail itself is CampaignInvitationsTests' business). */
    private void invite(long campaign, long collectivity) {
        jdbc.sql("insert into campaign_invitation (campaign_id, collectivity_id, email, invited_at, invited_by)"
                        + " values (:c, :k, :e, current_timestamp, 'a')")
                .param("c", campaign)
                .param("k", collectivity)
                .param("e", "c" + collectivity + "@example.fr")
                .update();
    }

    /** The follow-up as it was computed before it was counted by the database. */
    private FollowUp fromSynthesis(long campaign) {
        return FollowUp.fromStrata(
                syntheses.of(campaign, ANALYST).synthesis().strata(), campaigns.statuses(campaign, ANALYST), "Total");
    }

    /** For each query and status filter, the pages of 7 read one after the other list what filtering every status lists. */
    private void assertListsAgree(long campaign, List<String> queries) {
        List<ResponseView> every = campaigns.statuses(campaign, ANALYST);
        List<@Nullable ResponseStatus> filters = new ArrayList<>();
        filters.add(null);
        filters.addAll(List.of(ResponseStatus.values()));
        for (String query : queries) {
            for (ResponseStatus status : filters) {
                List<String> expected = every.stream()
                        .filter(r -> !r.counts())
                        .filter(r -> status == null || r.status() == status)
                        .filter(r -> fold(r.collectivity().name()).contains(fold(query)))
                        .map(FollowUpCountsTests::line)
                        .toList();
                List<String> paged = new ArrayList<>();
                ListPage<ResponseView> page = statuses.notCounted(campaign, query, status, 1, 7, ANALYST);
                paged.addAll(
                        page.items().stream().map(FollowUpCountsTests::line).toList());
                while (page.hasNext()) {
                    page = statuses.notCounted(campaign, query, status, page.number() + 1, 7, ANALYST);
                    paged.addAll(
                            page.items().stream().map(FollowUpCountsTests::line).toList());
                }
                assertThat(paged).as("« %s », %s", query, status).isEqualTo(expected);
                assertThat(page.total()).as("« %s », %s", query, status).isEqualTo(expected.size());
            }
        }
    }

    private static String line(ResponseView r) {
        return r.collectivity().id() + " " + r.collectivity().name() + " " + r.status() + " " + r.version();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static List<BigDecimal> lifespans(int n) {
        return Stream.generate(() -> BigDecimal.valueOf(6)).limit(n).toList();
    }

    /** A SIREN from its first eight digits and its Luhn key. */
    private static String siren(String eight) {
        for (int key = 0; key < 10; key++) {
            String candidate = eight + key;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = candidate.charAt(8 - i) - '0';
                if (i % 2 == 1) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }
}
