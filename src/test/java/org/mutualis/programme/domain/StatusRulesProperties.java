package org.mutualis.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A task's status from the work, the manual override, and lateness. */
class StatusRulesProperties {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Property
    void aFinishedTaskIsNeverLate(@ForAll("finished") TaskStatus status, @ForAll("dates") LocalDate plannedEnd) {
        assertThat(StatusRules.late(status, plannedEnd, TODAY)).isFalse();
    }

    @Property
    void anOpenTaskIsLateExactlyWhenItsPlannedEndHasPassed(
            @ForAll("open") TaskStatus status, @ForAll("dates") LocalDate plannedEnd) {
        assertThat(StatusRules.late(status, plannedEnd, TODAY)).isEqualTo(plannedEnd.isBefore(TODAY));
    }

    @Property
    void aTaskThatFollowsNothingKeepsItsManualStatus(
            @ForAll("manualKinds") TaskKind kind, @ForAll("facts") WorkFacts facts, @ForAll TaskStatus stored) {
        TaskState state = StatusRules.state(stored, null, null, false, StatusRules.derive(kind, facts), null, TODAY);

        assertThat(state.status()).isEqualTo(stored);
        assertThat(state.source()).isEqualTo(TaskState.Source.MANUAL);
    }

    @Property
    void anOverrideWinsOverTheWorkAndSaysSo(
            @ForAll("facts") WorkFacts facts, @ForAll TaskStatus stored, @ForAll("followingKinds") TaskKind kind) {
        Optional<Derivation> derived = StatusRules.derive(kind, facts);
        TaskState state = StatusRules.state(stored, null, null, true, derived, null, TODAY);

        assertThat(state.status()).isEqualTo(stored);
        assertThat(state.source())
                .isEqualTo(derived.isPresent() ? TaskState.Source.OVERRIDDEN : TaskState.Source.MANUAL);
    }

    @Property
    void theAssessmentIsNeverDoneBeforeTheFirstAward(
            @ForAll @IntRange(min = 0, max = 5) int linked, @ForAll @IntRange(min = 0, max = 5) int awarded) {
        int a = Math.min(linked, awarded);
        WorkFacts facts = new WorkFacts(
                null,
                new WorkFacts.AwardFact(
                        "Postes",
                        linked,
                        a,
                        a > 0 ? LocalDate.of(2012, 6, 1) : null,
                        a > 0 ? LocalDate.of(2012, 7, 1) : null),
                null);

        TaskStatus supplier = StatusRules.derive(TaskKind.SUPPLIER_CHOICE, facts)
                .orElseThrow()
                .status();
        TaskStatus assessment = StatusRules.derive(TaskKind.ASSESSMENT_WRITING, facts)
                .orElseThrow()
                .status();

        assertThat(supplier == TaskStatus.DONE).isEqualTo(a > 0);
        assertThat(assessment == TaskStatus.DONE).isEqualTo(linked > 0 && a == linked);
        if (assessment == TaskStatus.DONE) {
            assertThat(supplier).isEqualTo(TaskStatus.DONE);
        }
    }

    @Example
    void theNeedsCensusIsDoneWhenTheCampaignClosesWithItsDatesAndReason() {
        WorkFacts open = new WorkFacts(
                new WorkFacts.CampaignFact("Infra 2012", false, LocalDate.of(2012, 3, 1), LocalDate.of(2012, 4, 30)),
                null,
                null);
        WorkFacts closed = new WorkFacts(
                new WorkFacts.CampaignFact("Infra 2012", true, LocalDate.of(2012, 3, 1), LocalDate.of(2012, 4, 30)),
                null,
                null);

        Derivation before = StatusRules.derive(TaskKind.NEEDS_CENSUS, open).orElseThrow();
        Derivation after = StatusRules.derive(TaskKind.NEEDS_CENSUS, closed).orElseThrow();

        assertThat(before.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(before.reason()).isEqualTo(Derivation.Reason.CAMPAIGN_OPEN);
        assertThat(after.status()).isEqualTo(TaskStatus.DONE);
        assertThat(after.actualEnd()).isEqualTo(LocalDate.of(2012, 4, 30));
        assertThat(after.reason()).isEqualTo(Derivation.Reason.CAMPAIGN_CLOSED);
        assertThat(after.args()).containsExactly("Infra 2012");
    }

    @Example
    void theDiffusionIsDoneOnlyOnceTheMailsAreSent() {
        WorkFacts.AwardFact award =
                new WorkFacts.AwardFact("Postes", 1, 1, LocalDate.of(2012, 6, 1), LocalDate.of(2012, 6, 1));
        assertThat(StatusRules.derive(TaskKind.ASSESSMENT_DIFFUSION, new WorkFacts(null, award, null))
                        .orElseThrow()
                        .status())
                .isEqualTo(TaskStatus.TODO);
        assertThat(StatusRules.derive(
                                TaskKind.ASSESSMENT_DIFFUSION,
                                new WorkFacts(
                                        null, award, new WorkFacts.PublicationFact(LocalDate.of(2012, 9, 1), null)))
                        .orElseThrow()
                        .status())
                .isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(StatusRules.derive(
                                TaskKind.ASSESSMENT_DIFFUSION,
                                new WorkFacts(
                                        null,
                                        award,
                                        new WorkFacts.PublicationFact(
                                                LocalDate.of(2012, 9, 1), LocalDate.of(2012, 9, 2))))
                        .orElseThrow()
                        .status())
                .isEqualTo(TaskStatus.DONE);
    }

    @Example
    void aKindLinkedToNothingTheActionHasFollowsNothing() {
        assertThat(StatusRules.derive(TaskKind.NEEDS_CENSUS, WorkFacts.NONE)).isEmpty();
        assertThat(StatusRules.derive(TaskKind.SUPPLIER_CHOICE, WorkFacts.NONE)).isEmpty();
    }

    @Provide
    Arbitrary<TaskStatus> finished() {
        return Arbitraries.of(TaskStatus.DONE, TaskStatus.CANCELLED);
    }

    @Provide
    Arbitrary<TaskStatus> open() {
        return Arbitraries.of(TaskStatus.TODO, TaskStatus.IN_PROGRESS);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(2000, 1, 1).toEpochDay(),
                        LocalDate.of(2050, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<TaskKind> manualKinds() {
        return Arbitraries.of(List.of(TaskKind.values()).stream()
                .filter(k -> k.follows() == Artefact.NONE)
                .toList());
    }

    @Provide
    Arbitrary<TaskKind> followingKinds() {
        return Arbitraries.of(List.of(TaskKind.values()).stream()
                .filter(k -> k.follows() != Artefact.NONE)
                .toList());
    }

    @Provide
    Arbitrary<WorkFacts> facts() {
        Arbitrary<WorkFacts.CampaignFact> campaign = Arbitraries.of(true, false)
                .map(closed ->
                        new WorkFacts.CampaignFact("C", closed, LocalDate.of(2012, 3, 1), LocalDate.of(2012, 4, 1)));
        Arbitrary<WorkFacts.AwardFact> award = Arbitraries.integers()
                .between(0, 3)
                .map(n -> new WorkFacts.AwardFact("P", 3, n, n > 0 ? LocalDate.of(2012, 6, 1) : null, null));
        return Combinators.combine(campaign.injectNull(0.3), award.injectNull(0.3))
                .as((c, a) -> new WorkFacts(c, a, null));
    }
}
