package org.mutualis.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.AnswerSubmission;
import org.mutualis.census.BandSettings;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.ResponseView;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.territory.AnswerPolicy;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Views reuse the synthesis computed for the same data, and never show a stale one: each test
 * views the synthesis first (so that it is kept), changes what it rests on, and sees the change
 * on the very next view, as the pages, the API and the elected home do.
 */
@MutualisDbTest
class SynthesisFreshnessTests {

    static final CurrentUser ANALYST = new CurrentUser(1, "analyste", "Analyste", Role.ANALYST, null);

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    CampaignSyntheses syntheses;

    CensusFixture.Loaded study;
    long campaign;

    @BeforeEach
    void load() {
        study = CensusFixture.study2012(territories, campaigns, files, true);
        campaign = study.campaign().id();
    }

    @Test
    void anUnchangedCampaignGivesTheSameSynthesisAgain() {
        SynthesisView first = syntheses.view(campaign, ANALYST);
        assertThat(syntheses.view(campaign, ANALYST).synthesis()).isSameAs(first.synthesis());
        assertThat(syntheses.of(campaign)).isSameAs(syntheses.of(campaign));
    }

    @Test
    void anAnswerSavedAndValidatedShowsOnTheNextView() {
        assertThat(desktops(syntheses.view(campaign, ANALYST).synthesis())).isEqualByComparingTo("386");
        long botsorhel = study.collectivity(BOTSORHEL).id();
        long validated = campaigns.response(campaign, botsorhel, ANALYST).version();
        campaigns.returnForCorrection(campaign, botsorhel, validated, "Correction du parc", ANALYST);
        // Returned: no longer an answer the synthesis counts.
        assertThat(syntheses.view(campaign, ANALYST).synthesis().strata().stream()
                        .flatMap(s -> s.respondentCodes().stream()))
                .doesNotContain(BOTSORHEL);
        ResponseView response = campaigns.response(campaign, botsorhel, ANALYST);
        Map<String, String> values = new HashMap<>();
        response.answers().forEach((code, value) -> values.put(code, value.display()));
        values.put("desktops_excl_schools", "2");
        ResponseView submitted =
                campaigns.submit(campaign, botsorhel, new AnswerSubmission(values, null, response.version()), ANALYST);
        assertThat(desktops(syntheses.view(campaign, ANALYST).synthesis())).isEqualByComparingTo("398");
        campaigns.validate(campaign, botsorhel, submitted.version(), ANALYST);
        assertThat(desktops(syntheses.view(campaign, ANALYST).synthesis())).isEqualByComparingTo("398");
        assertThat(syntheses
                        .figure(campaign, "count.desktops_excl_schools.extrapolated", ANALYST)
                        .figure()
                        .value())
                .isEqualByComparingTo("398");
    }

    @Test
    void anExclusionAddedOrRemovedShowsOnTheNextView() {
        assertThat(syntheses.view(campaign, ANALYST).synthesis().exclusions()).isNotEmpty();
        long exclusion = campaigns.exclusions(campaign).get(0).id();
        campaigns.removeExclusion(campaign, exclusion, ANALYST);
        assertThat(syntheses.view(campaign, ANALYST).synthesis().exclusions()).isEmpty();
        campaigns.exclude(
                campaign,
                study.collectivity(BOTSORHEL).id(),
                "desktops_excl_schools",
                "Parc compté deux fois",
                ANALYST);
        Synthesis s = syntheses.view(campaign, ANALYST).synthesis();
        assertThat(s.exclusions()).hasSize(1);
        assertThat(desktops(s)).isNotEqualByComparingTo("386");
    }

    @Test
    void changedStrataShowOnTheNextView() {
        assertThat(syntheses.view(campaign, ANALYST).synthesis().strata()).hasSize(4);
        campaigns.changeBands(
                campaign,
                new BandSettings(
                        List.of(1000), List.of(BigDecimal.valueOf(8), BigDecimal.valueOf(5)), BigDecimal.valueOf(5)),
                ANALYST);
        assertThat(syntheses.view(campaign, ANALYST).synthesis().strata()).hasSize(3);
    }

    @Test
    void aTerritoryThatStartsSharingItsAnswersShowsThemToItsCorrespondentsOnTheNextView() {
        CurrentUser botsorhel = new CurrentUser(
                7,
                "botsorhel",
                "Botsorhel",
                Role.CORRESPONDENT,
                study.collectivity(BOTSORHEL).id());
        SynthesisView confidential = syntheses.view(campaign, botsorhel);
        assertThat(confidential.details()).isFalse();
        territories.changeAnswerPolicy(study.territory().id(), AnswerPolicy.SHARED);
        SynthesisView shared = syntheses.view(campaign, botsorhel);
        assertThat(shared.details()).isTrue();
        assertThat(shared.synthesis())
                .isEqualTo(syntheses.view(campaign, ANALYST).synthesis());
        territories.changeAnswerPolicy(study.territory().id(), AnswerPolicy.CONFIDENTIAL);
        assertThat(syntheses.view(campaign, botsorhel).synthesis()).isEqualTo(confidential.synthesis());
    }

    @Test
    void twoCorrespondentsDoNotShareAView() {
        CurrentUser botsorhel = new CurrentUser(
                7,
                "botsorhel",
                "Botsorhel",
                Role.CORRESPONDENT,
                study.collectivity(BOTSORHEL).id());
        CurrentUser morlaix = new CurrentUser(
                8,
                "morlaix",
                "Morlaix",
                Role.CORRESPONDENT,
                study.collectivity("29151").id());
        var own = syntheses.figure(campaign, "count.desktops_excl_schools.extrapolated", botsorhel);
        var other = syntheses.figure(campaign, "count.desktops_excl_schools.extrapolated", morlaix);
        assertThat(own.figure().terms()).allMatch(t -> t.collectivityCode().equals(BOTSORHEL));
        assertThat(other.figure().terms()).allMatch(t -> t.collectivityCode().equals("29151"));
        assertThat(other.figure().terms()).isNotEmpty();
    }

    private static BigDecimal desktops(Synthesis s) {
        return s.count("desktops_excl_schools").orElseThrow().extrapolated().value();
    }
}
