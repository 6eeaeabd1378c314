package org.mutualis.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignDataVersion;
import org.mutualis.census.CampaignStatus;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.ThemeVersion;

/**
 * The cache keeps syntheses by what they weigh: every EPCI of France fits beside one national
 * synthesis, and a third national synthesis pushes the first out rather than the heap over.
 */
class SynthesisCacheTests {

    private final SynthesisCache<String> cache = new SynthesisCache<>();
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void everyEpciOfFranceStaysBesideANationalSynthesis() {
        get(1, version(1, 36_864, 36_000));
        for (long epci = 2; epci <= 1_256; epci++) {
            get(epci, version(epci, 28, 0));
        }
        assertThat(cache.size()).isEqualTo(1_256);
        int before = computed.get();
        // Read again: nothing computed afresh, the national synthesis included.
        get(1, version(1, 36_864, 36_000));
        for (long epci = 2; epci <= 1_256; epci++) {
            get(epci, version(epci, 28, 0));
        }
        assertThat(computed.get()).isEqualTo(before);
    }

    @Test
    void aThirdNationalSynthesisPushesTheFirstOut() {
        get(1, version(1, 36_864, 36_000));
        get(2, version(2, 36_864, 36_000));
        get(3, version(3, 36_864, 36_000));
        assertThat(cache.size()).isEqualTo(2);
        int before = computed.get();
        get(3, version(3, 36_864, 36_000));
        get(2, version(2, 36_864, 36_000));
        assertThat(computed.get()).isEqualTo(before);
        get(1, version(1, 36_864, 36_000));
        assertThat(computed.get()).isEqualTo(before + 1);
    }

    @Test
    void aSynthesisHeavierThanTheBoundIsStillKeptAlone() {
        get(1, version(1, 200_000, 0));
        int before = computed.get();
        get(1, version(1, 200_000, 0));
        assertThat(computed.get()).isEqualTo(before);
        assertThat(cache.size()).isEqualTo(1);
    }

    private void get(long campaign, CampaignDataVersion version) {
        cache.get(new SynthesisCache.Key(campaign, false), version, () -> "synthèse " + computed.incrementAndGet());
    }

    private static CampaignDataVersion version(long campaign, int collectivities, int responses) {
        CampaignSummary summary = new CampaignSummary(
                campaign,
                campaign,
                "Territoire " + campaign,
                List.of(new ThemeVersion("infrastructure", 1)),
                "Recensement " + campaign,
                LocalDate.of(2012, 3, 1),
                null,
                null,
                CampaignStatus.OPEN,
                BandSettings.study2012(),
                responses);
        return new CampaignDataVersion(summary, collectivities, "k" + collectivities + "|e0|r" + responses);
    }
}
