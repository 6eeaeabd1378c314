package org.mutualis.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.LANNEANOU;
import static org.mutualis.StudyCodes.TAULE;

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

/** invited → in progress → submitted → validated, or returned; history; closing freezes. */
@MutualisDbTest
class ResponseWorkflowTests {

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    CensusFixture.Loaded study;
    long campaign;
    long lanneanou;
    CurrentUser correspondent;

    @BeforeEach
    void load() {
        study = CensusFixture.study2012(territories, campaigns, files, false);
        campaign = study.campaign().id();
        lanneanou = study.collectivity(LANNEANOU).id();
        correspondent = new CurrentUser(50, "lanneanou", "Lannéanou", Role.CORRESPONDENT, lanneanou);
    }

    @Test
    void aDraftDoesNotCountUntilSubmittedThenValidated() {
        // No invitation was sent: the collectivité is not « invitée ».
        assertThat(campaigns.response(campaign, lanneanou, correspondent).status())
                .isEqualTo(ResponseStatus.NOT_INVITED);
        ResponseView draft = campaigns.save(
                campaign,
                lanneanou,
                new AnswerSubmission(Map.of("desktops_excl_schools", "3"), null, 0),
                correspondent);
        assertThat(draft.status()).isEqualTo(ResponseStatus.IN_PROGRESS);
        assertThat(campaigns.data(campaign).answers()).doesNotContainKey(LANNEANOU);

        // Submitting needs every required answer: laptops are missing.
        assertThatThrownBy(() -> campaigns.submit(
                        campaign,
                        lanneanou,
                        new AnswerSubmission(Map.of("desktops_excl_schools", "3"), null, draft.version()),
                        correspondent))
                .isInstanceOfSatisfying(
                        AnswerRejectedException.class,
                        e -> assertThat(e.errors()).containsKey("laptops_excl_schools"));
        ResponseView submitted = campaigns.submit(
                campaign,
                lanneanou,
                new AnswerSubmission(
                        Map.of("desktops_excl_schools", "3", "laptops_excl_schools", "NC"), null, draft.version()),
                correspondent);
        assertThat(submitted.status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(campaigns.data(campaign).answers()).containsKey(LANNEANOU);

        ResponseView validated = campaigns.validate(campaign, lanneanou, submitted.version(), CensusFixture.STAFF);
        assertThat(validated.status()).isEqualTo(ResponseStatus.VALIDATED);
        assertThatThrownBy(() -> campaigns.save(
                        campaign,
                        lanneanou,
                        new AnswerSubmission(Map.of("desktops_excl_schools", "4"), null, validated.version()),
                        correspondent))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("validée");
    }

    @Test
    void staffSavingADraftKeepsItADraftThatDoesNotCountUntilSubmittedAndValidated() {
        ResponseView draft = campaigns.save(
                campaign,
                lanneanou,
                new AnswerSubmission(Map.of("desktops_excl_schools", "3"), null, 0),
                CensusFixture.STAFF);
        assertThat(draft.status()).isEqualTo(ResponseStatus.IN_PROGRESS);
        assertThat(draft.counts()).isFalse();
        assertThat(campaigns.data(campaign).answers()).doesNotContainKey(LANNEANOU);

        // Staff submitting a paper answer is what makes it count; validating is a separate step.
        ResponseView submitted = campaigns.submit(
                campaign,
                lanneanou,
                new AnswerSubmission(
                        Map.of("desktops_excl_schools", "3", "laptops_excl_schools", "1"), null, draft.version()),
                CensusFixture.STAFF);
        assertThat(submitted.status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(campaigns.data(campaign).answers()).containsKey(LANNEANOU);

        // A staff correction of a submitted response keeps it submitted, but must stay complete.
        assertThatThrownBy(() -> campaigns.save(
                        campaign,
                        lanneanou,
                        new AnswerSubmission(Map.of("desktops_excl_schools", "4"), null, submitted.version()),
                        CensusFixture.STAFF))
                .isInstanceOf(AnswerRejectedException.class);
        ResponseView corrected = campaigns.save(
                campaign,
                lanneanou,
                new AnswerSubmission(
                        Map.of("desktops_excl_schools", "4", "laptops_excl_schools", "1"), null, submitted.version()),
                CensusFixture.STAFF);
        assertThat(corrected.status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(campaigns
                        .validate(campaign, lanneanou, corrected.version(), CensusFixture.STAFF)
                        .status())
                .isEqualTo(ResponseStatus.VALIDATED);
    }

    @Test
    void aValidatedResponseIsReadOnlyForTheStaffTooUntilReopenedWithAReason() {
        long taule = study.collectivity(TAULE).id();
        ResponseView validated = campaigns.response(campaign, taule, CensusFixture.STAFF);
        assertThat(validated.status()).isEqualTo(ResponseStatus.VALIDATED);
        Map<String, String> values = new HashMap<>();
        validated.answers().forEach((code, value) -> values.put(code, value.display()));
        values.put("desktops_excl_schools", "99");

        assertThatThrownBy(() -> campaigns.save(
                        campaign, taule, new AnswerSubmission(values, null, validated.version()), CensusFixture.STAFF))
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(e.code()).isEqualTo("census.response.validated.staff"))
                .hasMessageContaining("Rouvrir la réponse");
        assertThatThrownBy(() -> campaigns.submit(
                        campaign, taule, new AnswerSubmission(values, null, validated.version()), CensusFixture.STAFF))
                .isInstanceOf(RejectedException.class);
        assertThat(campaigns
                        .response(campaign, taule, CensusFixture.STAFF)
                        .answers()
                        .get("desktops_excl_schools")
                        .display())
                .isEqualTo("16");

        // Reopening needs a reason, which the response keeps and shows.
        assertThatThrownBy(() ->
                        campaigns.returnForCorrection(campaign, taule, validated.version(), "", CensusFixture.STAFF))
                .isInstanceOf(RejectedException.class);
        ResponseView reopened = campaigns.returnForCorrection(
                campaign, taule, validated.version(), "Parc recompté en mairie", CensusFixture.STAFF);
        assertThat(reopened.status()).isEqualTo(ResponseStatus.RETURNED);
        assertThat(reopened.statusComment()).isEqualTo("Parc recompté en mairie");
        assertThat(reopened.updatedBy()).isEqualTo(CensusFixture.STAFF.username());
        ResponseView draft = campaigns.save(
                campaign, taule, new AnswerSubmission(values, null, reopened.version()), CensusFixture.STAFF);
        assertThat(draft.status()).isEqualTo(ResponseStatus.IN_PROGRESS);
        assertThat(draft.answers().get("desktops_excl_schools").display()).isEqualTo("99");
    }

    @Test
    void aReturnedResponseCarriesItsCommentBackToTheCorrespondent() {
        ResponseView submitted = campaigns.submit(
                campaign,
                lanneanou,
                new AnswerSubmission(Map.of("desktops_excl_schools", "3", "laptops_excl_schools", "1"), null, 0),
                correspondent);
        assertThatThrownBy(() -> campaigns.returnForCorrection(
                        campaign, lanneanou, submitted.version(), " ", CensusFixture.STAFF))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() ->
                        campaigns.returnForCorrection(campaign, lanneanou, submitted.version(), "x", correspondent))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        ResponseView returned = campaigns.returnForCorrection(
                campaign,
                lanneanou,
                submitted.version(),
                "3 postes pour 1 portable ? Vérifiez les portables.",
                CensusFixture.STAFF);
        assertThat(returned.status()).isEqualTo(ResponseStatus.RETURNED);
        assertThat(campaigns.response(campaign, lanneanou, correspondent).statusComment())
                .contains("portables");
        assertThat(campaigns.data(campaign).answers()).doesNotContainKey(LANNEANOU);
        assertThatThrownBy(() -> campaigns.validate(campaign, lanneanou, returned.version(), CensusFixture.STAFF))
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void everyChangeIsRecordedWithWhoAndBeforeAndAfter() {
        long taule = study.collectivity(TAULE).id();
        ResponseView before = campaigns.response(campaign, taule, CensusFixture.STAFF);
        Map<String, String> values = new HashMap<>();
        before.answers().forEach((code, value) -> values.put(code, value.display()));
        values.put("desktops_excl_schools", "NC");
        values.remove("os_vista");
        // The import validated it: the staff reopen it, saying why, before changing it.
        ResponseView reopened = campaigns.returnForCorrection(
                campaign, taule, before.version(), "Postes non communiqués", CensusFixture.STAFF);
        campaigns.save(campaign, taule, new AnswerSubmission(values, null, reopened.version()), CensusFixture.STAFF);
        assertThat(campaigns.history(campaign, taule, CensusFixture.STAFF))
                .extracting(c -> c.questionCode() + ":" + c.before() + "→" + c.after() + ":" + c.changedBy())
                .contains("desktops_excl_schools:16→NC:fixture", "os_vista:1→null:fixture");
        // The import that created the response is in the history too: every answer from nothing.
        assertThat(campaigns.history(campaign, taule, CensusFixture.STAFF))
                .anySatisfy(c -> assertThat(c.before()).isNull());
    }

    /**
     * An import that creates a response writes no history row for the answers it creates it with
     * (half the rows of a first import): its history still lists each of them, from nothing, by
     * the importer, older than every later change, and keeps the first value of an answer changed
     * or removed since.
     */
    @Test
    void anImportedResponsesHistoryListsTheAnswersItWasCreatedWithBeforeLaterChanges() {
        long taule = study.collectivity(TAULE).id();
        ResponseView imported = campaigns.response(campaign, taule, CensusFixture.STAFF);
        java.util.List<String> created = new java.util.ArrayList<>();
        new java.util.TreeMap<>(imported.answers())
                .forEach((code, value) -> created.add(code + ":null→" + value.display() + ":fixture"));
        java.util.Collections.reverse(created);
        assertThat(campaigns.history(campaign, taule, CensusFixture.STAFF))
                .extracting(c -> c.questionCode() + ":" + c.before() + "→" + c.after() + ":" + c.changedBy())
                .containsExactlyElementsOf(created);

        Map<String, String> values = new HashMap<>();
        imported.answers().forEach((code, value) -> values.put(code, value.display()));
        values.put("desktops_excl_schools", "NC");
        values.remove("os_vista");
        CurrentUser other = new CurrentUser(1, "analyste", "Analyste", Role.ADMIN, null);
        ResponseView reopened =
                campaigns.returnForCorrection(campaign, taule, imported.version(), "Postes non communiqués", other);
        campaigns.save(campaign, taule, new AnswerSubmission(values, null, reopened.version()), other);

        java.util.List<String> expected = new java.util.ArrayList<>(
                java.util.List.of("os_vista:1→null:analyste", "desktops_excl_schools:16→NC:analyste"));
        expected.addAll(created);
        assertThat(campaigns.history(campaign, taule, CensusFixture.STAFF))
                .extracting(c -> c.questionCode() + ":" + c.before() + "→" + c.after() + ":" + c.changedBy())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void closingFreezesEveryAnswer() {
        long taule = study.collectivity(TAULE).id();
        ResponseView before = campaigns.response(campaign, taule, CensusFixture.STAFF);
        assertThatThrownBy(() -> campaigns.close(campaign, correspondent))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(campaigns.close(campaign, CensusFixture.STAFF).closed()).isTrue();
        assertThatThrownBy(() -> campaigns.save(
                        campaign,
                        taule,
                        new AnswerSubmission(Map.of("desktops_excl_schools", "1"), null, before.version()),
                        CensusFixture.STAFF))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("clos");
        assertThat(campaigns.response(campaign, taule, CensusFixture.STAFF).answers())
                .isEqualTo(before.answers());
    }

    @Test
    void theNextCampaignShowsLastCampaignsAnswers() {
        CampaignSummary next = campaigns.open(
                NewCampaign.of(
                        study.territory().id(),
                        "infrastructure",
                        1,
                        "Infrastructure suivante",
                        study.campaign().censusDate().plusYears(1),
                        BandSettings.study2012()),
                CensusFixture.STAFF);
        long taule = study.collectivity(TAULE).id();
        assertThat(campaigns.previousAnswers(next.id(), taule, CensusFixture.STAFF))
                .containsEntry("desktops_excl_schools", AnswerValue.of(16));
        assertThat(campaigns.previousAnswers(campaign, taule, CensusFixture.STAFF))
                .isEmpty();
    }
}
