package org.mutualis.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.LANNEANOU;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.TAULE;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.questionnaire.AnswerRejectedException;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MutualisDbTest
class CampaignsTests {

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    CensusFixture.Loaded study;

    @BeforeEach
    void load() {
        study = CensusFixture.study2012(territories, campaigns, files, true);
    }

    @Test
    void theStudyImportKeepsNcApartFromZeroAndFromUnanswered() {
        long botsorhel = study.collectivity(BOTSORHEL).id();
        ResponseView response = campaigns.response(study.campaign().id(), botsorhel, CensusFixture.STAFF);
        assertThat(response.answers().get("avg_lifespan_years")).isInstanceOf(AnswerValue.NotCommunicated.class);
        assertThat(response.answers().get("os_vista")).isEqualTo(new AnswerValue.Numeric(BigDecimal.ZERO));
        long lanneanou = study.collectivity(LANNEANOU).id();
        assertThat(campaigns
                        .response(study.campaign().id(), lanneanou, CensusFixture.STAFF)
                        .given())
                .isFalse();
        assertThat(campaigns.get(study.campaign().id()).responses()).isEqualTo(8);
    }

    @Test
    void aCorrespondentReadsAndEditsOnlyTheirCollectivity() {
        long botsorhel = study.collectivity(BOTSORHEL).id();
        long morlaix = study.collectivity(MORLAIX).id();
        CurrentUser correspondent = new CurrentUser(99, "corr", "Corr", Role.CORRESPONDENT, botsorhel);
        assertThat(campaigns.responses(study.campaign().id(), correspondent))
                .extracting(r -> r.collectivity().code())
                .containsExactly(BOTSORHEL);
        assertThatThrownBy(() -> campaigns.response(study.campaign().id(), morlaix, correspondent))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.save(
                        study.campaign().id(),
                        morlaix,
                        new AnswerSubmission(Map.of("desktops_excl_schools", "1"), null, 1),
                        correspondent))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(campaigns
                        .response(study.campaign().id(), morlaix, CensusFixture.STAFF)
                        .answers()
                        .get("desktops_excl_schools"))
                .isEqualTo(AnswerValue.of(140));
    }

    @Test
    void anElectedOfficialReadsButCannotEdit() {
        long morlaix = study.collectivity(MORLAIX).id();
        CurrentUser elected = new CurrentUser(98, "elu", "Élu", Role.ELECTED, null);
        assertThat(campaigns.response(study.campaign().id(), morlaix, elected).given())
                .isTrue();
        assertThatThrownBy(() -> campaigns.save(
                        study.campaign().id(), morlaix, new AnswerSubmission(Map.of(), null, 1), elected))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void invalidAnswersAreAllReportedAndNothingIsSaved() {
        long taule = study.collectivity(TAULE).id();
        ResponseView before = reopen(taule);
        Map<String, String> values = new HashMap<>();
        before.answers().forEach((code, value) -> values.put(code, value.display()));
        values.put("desktops_excl_schools", "-3");
        values.put("os_xp", "beaucoup");
        values.put("maintenance_contract", "peut-être");
        assertThatThrownBy(() -> campaigns.save(
                        study.campaign().id(),
                        taule,
                        new AnswerSubmission(values, null, before.version()),
                        CensusFixture.STAFF))
                .isInstanceOfSatisfying(
                        AnswerRejectedException.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys("desktops_excl_schools", "os_xp", "maintenance_contract"));
        assertThat(campaigns.response(study.campaign().id(), taule, CensusFixture.STAFF))
                .isEqualTo(before);
    }

    @Test
    void twoEditorsOfTheSameVersionCannotOverwriteEachOther() {
        long taule = study.collectivity(TAULE).id();
        ResponseView opened = reopen(taule);
        Map<String, String> first = new HashMap<>();
        opened.answers().forEach((code, value) -> first.put(code, value.display()));
        Map<String, String> second = new HashMap<>(first);
        first.put("desktops_excl_schools", "20");
        second.put("desktops_excl_schools", "30");
        campaigns.save(
                study.campaign().id(), taule, new AnswerSubmission(first, null, opened.version()), CensusFixture.STAFF);
        assertThatThrownBy(() -> campaigns.save(
                        study.campaign().id(),
                        taule,
                        new AnswerSubmission(second, null, opened.version()),
                        CensusFixture.STAFF))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Taulé");
        assertThat(campaigns
                        .response(study.campaign().id(), taule, CensusFixture.STAFF)
                        .answers()
                        .get("desktops_excl_schools"))
                .isEqualTo(AnswerValue.of(20));
    }

    @Test
    void aMalformedFileIsRefusedWholeWithEveryProblemAndChangesNothing() {
        String csv = """
                code,desktops_excl_schools,os_xp,unknown_column
                29014,5,deux,1
                99999,1,1,1
                29014,2,-1,1
                """;
        Map<String, Object> before = snapshot();
        assertThatThrownBy(() -> files.importAnswers(
                        study.campaign().id(),
                        "bad.csv",
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        CensusFixture.STAFF))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.importProblems()).hasSizeGreaterThanOrEqualTo(4);
                    assertThat(e.importProblems())
                            .anySatisfy(p -> assertThat(p.messageFr()).contains("99999"));
                    assertThat(e.importProblems())
                            .anySatisfy(p -> assertThat(p.row()).isEqualTo(2));
                    assertThat(e.importProblems())
                            .allSatisfy(p -> assertThat(p.messageFr()).isNotBlank());
                });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anImportThatWouldOverwriteValidatedResponsesIsRefusedWholeUnlessConfirmed() {
        long campaign = study.campaign().id();
        long taule = study.collectivity(TAULE).id();
        long lanneanou = study.collectivity(LANNEANOU).id();
        assertThat(campaigns.response(campaign, taule, CensusFixture.STAFF).status())
                .isEqualTo(ResponseStatus.VALIDATED);
        assertThat(campaigns.response(campaign, lanneanou, CensusFixture.STAFF).given())
                .isFalse();
        String csv = "code,desktops_excl_schools,laptops_excl_schools\n" + LANNEANOU + ",3,1\n" + TAULE + ",50,2\n"
                + MORLAIX + ",400,90\n";
        Map<String, Object> before = snapshot();
        assertThatThrownBy(() -> files.importAnswers(
                        campaign,
                        "reponses.csv",
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        CensusFixture.STAFF))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.importProblems())
                                .extracting(ImportProblem::messageFr)
                                .containsExactlyInAnyOrder(
                                        "Taulé (" + TAULE
                                                + ") : sa réponse est validée, l'import l'écraserait. Pour l'écraser,"
                                                + " importez de nouveau le fichier en cochant « Écraser les réponses validées ».",
                                        "Morlaix (" + MORLAIX
                                                + ") : sa réponse est validée, l'import l'écraserait. Pour"
                                                + " l'écraser, importez de nouveau le fichier en cochant « Écraser les réponses"
                                                + " validées »."));
        // All or nothing: not even the collectivité without a response was written.
        assertThat(snapshot()).isEqualTo(before);

        int imported = files.importAnswers(
                campaign,
                "reponses.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                true,
                CensusFixture.STAFF);
        assertThat(imported).isEqualTo(3);
        assertThat(campaigns
                        .response(campaign, taule, CensusFixture.STAFF)
                        .answers()
                        .get("desktops_excl_schools")
                        .display())
                .isEqualTo("50");
        assertThat(campaigns.response(campaign, lanneanou, CensusFixture.STAFF).given())
                .isTrue();
    }

    @Test
    void onlyStaffImportAndExclude() {
        CurrentUser correspondent = new CurrentUser(
                97, "c", "C", Role.CORRESPONDENT, study.collectivity(BOTSORHEL).id());
        assertThatThrownBy(() -> files.importAnswers(
                        study.campaign().id(),
                        "a.csv",
                        new ByteArrayInputStream("code\n".getBytes(StandardCharsets.UTF_8)),
                        correspondent))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.exclude(
                        study.campaign().id(), study.collectivity(BOTSORHEL).id(), "os_xp", "raison", correspondent))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anExclusionNeedsAReasonAndAKnownIndicator() {
        long morlaix = study.collectivity(MORLAIX).id();
        assertThatThrownBy(() -> campaigns.exclude(study.campaign().id(), morlaix, "os_xp", "  ", CensusFixture.STAFF))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> campaigns.exclude(study.campaign().id(), morlaix, "nope", "r", CensusFixture.STAFF))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(
                        () -> campaigns.exclude(study.campaign().id(), morlaix, "openoffice", "r", CensusFixture.STAFF))
                .hasMessageContaining("déjà");
    }

    /** The import validated the study's responses: the staff reopen one before editing it. */
    private ResponseView reopen(long collectivityId) {
        long version = campaigns
                .response(study.campaign().id(), collectivityId, CensusFixture.STAFF)
                .version();
        return campaigns.returnForCorrection(
                study.campaign().id(), collectivityId, version, "À corriger", CensusFixture.STAFF);
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> all = new HashMap<>();
        campaigns
                .responses(study.campaign().id(), CensusFixture.STAFF)
                .forEach(r -> all.put(r.collectivity().code(), r));
        return all;
    }
}
