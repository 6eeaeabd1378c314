package org.mutualis.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.AnswerSubmission;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.ResponseView;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;

/** The 2012 study's figures come back through the stored census, and follow every correction. */
@MutualisDbTest
class CampaignSynthesesTests {

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    CampaignSyntheses syntheses;

    CensusFixture.Loaded study;

    @BeforeEach
    void load() {
        study = CensusFixture.study2012(territories, campaigns, files, true);
    }

    @Test
    void theStudyFiguresComeBack() {
        Synthesis s = syntheses.of(study.campaign().id()).synthesis();
        assertThat(s.strata())
                .extracting(st -> st.weight().stripTrailingZeros().toPlainString())
                .containsExactly("12", "3", "1", "1");
        assertThat(extrapolated(s, "desktops_excl_schools")).isEqualByComparingTo("386");
        assertThat(extrapolated(s, "laptops_excl_schools")).isEqualByComparingTo("77");
        assertThat(s.shareGroup("os").orElseThrow().rows())
                .extracting(r -> r.totals().extrapolated().value().intValue())
                .containsExactly(312, 7, 138, 23, 31);
        var office = s.shareGroup("office").orElseThrow();
        assertThat(office.extrapolatedTotal().value()).isEqualByComparingTo("478");
        assertThat(extrapolated(s, "office_2003_or_older")).isEqualByComparingTo("203");
        assertThat(extrapolated(s, "openoffice")).isEqualByComparingTo("164");
        assertThat(extrapolated(s, "office_2007").add(extrapolated(s, "office_2010")))
                .isEqualByComparingTo("111");
        assertThat(mean(s, "avg_cost_desktop_eur_ht")).isEqualByComparingTo("680.10");
        assertThat(mean(s, "avg_cost_laptop_eur_ht")).isEqualByComparingTo("646.52");
        BigDecimal desktops = s.renewal("desktops").orElseThrow().unitsPerYear().value();
        BigDecimal laptops = s.renewal("laptops").orElseThrow().unitsPerYear().value();
        assertThat(desktops.setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("73.8");
        assertThat(desktops.setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo("74");
        assertThat(laptops.setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("13.8");
        assertThat(laptops.setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo("14");
        assertThat(s.count("desktops_excl_schools").orElseThrow().extrapolated().formula())
                .contains("12×1")
                .contains("3×57");
    }

    @Test
    void aCorrectedAnswerChangesEveryFigureThatUsesIt() {
        long botsorhel = study.collectivity(BOTSORHEL).id();
        // The study's responses are validated: the staff reopen this one before correcting it.
        long validated = campaigns
                .response(study.campaign().id(), botsorhel, CensusFixture.STAFF)
                .version();
        campaigns.returnForCorrection(
                study.campaign().id(), botsorhel, validated, "Correction du parc", CensusFixture.STAFF);
        ResponseView response = campaigns.response(study.campaign().id(), botsorhel, CensusFixture.STAFF);
        Map<String, String> values = new HashMap<>();
        response.answers().forEach((code, value) -> values.put(code, value.display()));
        values.put("desktops_excl_schools", "2");
        // Counted again once submitted and validated, as any correction is.
        ResponseView submitted = campaigns.submit(
                study.campaign().id(),
                botsorhel,
                new AnswerSubmission(values, null, response.version()),
                CensusFixture.STAFF);
        campaigns.validate(study.campaign().id(), botsorhel, submitted.version(), CensusFixture.STAFF);
        Synthesis s = syntheses.of(study.campaign().id()).synthesis();
        assertThat(extrapolated(s, "desktops_excl_schools")).isEqualByComparingTo("398");
        // Botsorhel keeps its NC lifespan: 12 × 2 ÷ 8 years instead of 12 × 1 ÷ 8
        assertThat(s.renewal("desktops").orElseThrow().unitsPerYear().value()).isEqualByComparingTo("75.325");
    }

    @Test
    void removingTheExclusionBringsMorlaixOpenOfficeBack() {
        CampaignSummary campaign = study.campaign();
        long exclusion = campaigns.exclusions(campaign.id()).get(0).id();
        campaigns.removeExclusion(campaign.id(), exclusion, CensusFixture.STAFF);
        Synthesis s = syntheses.of(campaign.id()).synthesis();
        assertThat(extrapolated(s, "openoffice")).isEqualByComparingTo("316");
        assertThat(s.exclusions()).isEmpty();
    }

    private static BigDecimal extrapolated(Synthesis s, String code) {
        return s.count(code).orElseThrow().extrapolated().value();
    }

    private static BigDecimal mean(Synthesis s, String code) {
        return s.mean(code).orElseThrow().simpleMean().value().setScale(2, RoundingMode.HALF_UP);
    }
}
