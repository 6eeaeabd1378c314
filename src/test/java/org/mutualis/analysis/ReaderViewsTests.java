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
    void aCorrespondentSeesTheSameFiguresWithOnlyTheirOwnInputs() {
        SynthesisView full = syntheses.view(campaign.id(), CensusFixture.STAFF);
        SynthesisView own = syntheses.view(campaign.id(), botsorhel);
        assertThat(own.details()).isFalse();
        // The same values, but for the per-stratum figures (listed last), which are left out.
        assertThat(Figures.all(own.synthesis()))
                .extracting(Figure::value)
                .isEqualTo(Figures.all(full.synthesis()).stream()
                        .limit(Figures.all(own.synthesis()).size())
                        .map(Figure::value)
                        .toList());
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
        assertThat(own.synthesis().byStratum()).isEmpty();

        FigureView figure = syntheses.figure(campaign.id(), "count.desktops_excl_schools.extrapolated", botsorhel);
        assertThat(figure.figure().value()).isEqualByComparingTo(new BigDecimal("386"));
        assertThat(figure.figure().terms())
                .extracting(FigureTerm::collectivityCode)
                .containsOnly("29014");
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
