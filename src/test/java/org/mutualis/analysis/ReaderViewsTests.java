package org.mutualis.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.FigureTerm;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What each reader is given of a campaign's synthesis comes from the service, the same for pages
 * and API: everything for the staff and elected officials, the figures with their own inputs only
 * for a correspondent, nothing at all for a correspondent of another territory.
 */
@MutualisDbTest
class ReaderViewsTests {

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    CampaignSyntheses syntheses;

    CensusFixture.Loaded study;
    CampaignSummary campaign;
    CurrentUser botsorhel;

    @BeforeEach
    void load() {
        study = CensusFixture.study2012(territories, campaigns, files, true);
        campaign = study.campaign();
        botsorhel = new CurrentUser(
                7,
                "botsorhel",
                "Botsorhel",
                Role.CORRESPONDENT,
                study.collectivity("29014").id());
    }

    @Test
    void staffAndElectedOfficialsSeeEveryInput() {
        for (Role role : List.of(Role.ADMIN, Role.ANALYST, Role.ELECTED)) {
            SynthesisView view = syntheses.view(campaign.id(), new CurrentUser(1, "u", "U", role, null));
            assertThat(view.details()).isTrue();
            assertThat(view.synthesis()).isEqualTo(syntheses.of(campaign.id()).synthesis());
        }
    }

    @Test
    void aCorrespondentOfAConfidentialTerritorySeesTheFiguresUnderTheSecretWithOnlyTheirOwnInputs() {
        SynthesisView full = syntheses.view(campaign.id(), CensusFixture.STAFF);
        SynthesisView own = syntheses.view(campaign.id(), botsorhel);
        assertThat(own.details()).isFalse();
        // Every figure is the staff's, or suppressed (no value): nothing else, nothing recomputed.
        List<Figure> seen = Figures.all(own.synthesis());
        List<Figure> all = Figures.all(full.synthesis());
        assertThat(seen)
                .extracting(Figure::id)
                .isEqualTo(all.stream().map(Figure::id).toList());
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i).value() != null) {
                assertThat(seen.get(i).value()).isEqualByComparingTo(all.get(i).value());
            }
        }
        assertThat(Figures.all(own.synthesis()))
                .allSatisfy(f -> assertThat(f.formula()).isEmpty())
                .flatExtracting(Figure::terms)
                .extracting(FigureTerm::collectivityCode)
                .containsOnly("29014");
        // Who answered is not theirs to know: only their own code is left in the strata.
        assertThat(own.synthesis().strata())
                .flatExtracting(s -> s.respondentCodes())
                .containsOnly("29014", "");
        assertThat(own.synthesis().strata())
                .extracting(s -> s.respondents())
                .isEqualTo(full.synthesis().strata().stream()
                        .map(s -> s.respondents())
                        .toList());
        assertThat(own.synthesis().exclusions()).isEmpty();

        // 7 other respondents: the raw total is shown; Morlaix is alone in its stratum, so the
        // extrapolation (set beside the raw total) and the split by stratum are not.
        FigureView raw = syntheses.figure(campaign.id(), "count.desktops_excl_schools.raw", botsorhel);
        assertThat(raw.figure().value()).isEqualByComparingTo(new BigDecimal("261"));
        FigureView figure = syntheses.figure(campaign.id(), "count.desktops_excl_schools.extrapolated", botsorhel);
        assertThat(figure.figure().value()).isNull();
        assertThat(figure.figure().notes())
                .extracting(n -> n.kind())
                .contains(org.mutualis.analysis.domain.FigureNote.Kind.SECRET);
        assertThat(figure.figure().terms())
                .extracting(FigureTerm::collectivityCode)
                .containsOnly("29014");
        assertThat(syntheses
                        .figure(campaign.id(), "stratum.desktops_excl_schools.band-2.raw", botsorhel)
                        .figure()
                        .value())
                .isNull();
        assertThatThrownBy(() -> syntheses.followUp(campaign.id(), botsorhel)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aCorrespondentOfASharedTerritorySeesWhatTheStaffSee() {
        territories.changeAnswerPolicy(study.territory().id(), org.mutualis.territory.AnswerPolicy.SHARED);
        SynthesisView own = syntheses.view(campaign.id(), botsorhel);
        assertThat(own.details()).isTrue();
        assertThat(own.synthesis()).isEqualTo(syntheses.of(campaign.id()).synthesis());
        assertThat(syntheses
                        .figure(campaign.id(), "stratum.desktops_excl_schools.band-2.raw", botsorhel)
                        .figure()
                        .value())
                .isEqualByComparingTo("140");
        // Still no follow-up: who has answered is the staff's and elected officials' tool.
        assertThatThrownBy(() -> syntheses.followUp(campaign.id(), botsorhel)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aCorrespondentOfAnotherTerritoryDoesNotFindTheCampaign() {
        CensusFixture.Loaded elsewhere = CensusFixture.study2012(territories, campaigns, files, false);
        CurrentUser foreign = new CurrentUser(
                8,
                "ailleurs",
                "Ailleurs",
                Role.CORRESPONDENT,
                elsewhere.collectivity("29014").id());
        assertThatThrownBy(() -> syntheses.view(campaign.id(), foreign)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> syntheses.figure(campaign.id(), "count.desktops_excl_schools.extrapolated", foreign))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> campaigns.get(campaign.id(), foreign)).isInstanceOf(NotFoundException.class);
        assertThat(campaigns.all(foreign))
                .extracting(CampaignSummary::id)
                .contains(elsewhere.campaign().id())
                .doesNotContain(campaign.id());
        assertThat(campaigns.all(botsorhel)).extracting(CampaignSummary::id).contains(campaign.id());
    }
}
