package org.mutualis.programme.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The status a task takes from the work its action is linked to, and the status it finally shows
 * (a manual override wins, with who and why), and whether it is late.
 */
public final class StatusRules {

    private StatusRules() {}

    /**
     * What the work says of a task of this kind; empty when the kind follows nothing or the action
     * is not linked to what it follows (the status is then entered by hand).
     */
    public static Optional<Derivation> derive(TaskKind kind, WorkFacts facts) {
        return switch (kind.follows()) {
            case NONE -> Optional.empty();
            case CAMPAIGN -> Optional.ofNullable(facts.campaign()).map(StatusRules::ofCampaign);
            case AWARD -> Optional.ofNullable(facts.award()).map(StatusRules::ofAward);
            case ASSESSMENT -> Optional.ofNullable(facts.award()).map(StatusRules::ofAssessment);
            case PUBLICATION -> facts.award() == null ? Optional.empty() : Optional.of(ofPublication(facts));
        };
    }

    private static Derivation ofCampaign(WorkFacts.CampaignFact c) {
        if (c.closed()) {
            return new Derivation(
                    TaskStatus.DONE, c.opensOn(), c.closesOn(), Derivation.Reason.CAMPAIGN_CLOSED, List.of(c.name()));
        }
        return new Derivation(
                TaskStatus.IN_PROGRESS, c.opensOn(), null, Derivation.Reason.CAMPAIGN_OPEN, List.of(c.name()));
    }

    private static Derivation ofAward(WorkFacts.AwardFact a) {
        if (a.anyAwarded()) {
            return new Derivation(
                    TaskStatus.DONE,
                    null,
                    a.firstAwardedOn(),
                    Derivation.Reason.AWARD_ENTERED,
                    List.of(a.subject(), a.offersAwarded(), a.offersLinked()));
        }
        return new Derivation(TaskStatus.TODO, null, null, Derivation.Reason.AWARD_AWAITED, List.of(a.subject()));
    }

    private static Derivation ofAssessment(WorkFacts.AwardFact a) {
        if (a.complete()) {
            return new Derivation(
                    TaskStatus.DONE,
                    a.firstAwardedOn(),
                    a.lastAwardedOn(),
                    Derivation.Reason.ASSESSMENT_COMPLETE,
                    List.of(a.subject(), a.offersLinked()));
        }
        if (a.anyAwarded()) {
            return new Derivation(
                    TaskStatus.IN_PROGRESS,
                    a.firstAwardedOn(),
                    null,
                    Derivation.Reason.ASSESSMENT_PARTIAL,
                    List.of(a.subject(), a.offersAwarded(), a.offersLinked()));
        }
        return new Derivation(TaskStatus.TODO, null, null, Derivation.Reason.ASSESSMENT_AWAITED, List.of(a.subject()));
    }

    private static Derivation ofPublication(WorkFacts facts) {
        WorkFacts.PublicationFact p = facts.publication();
        String subject = facts.award() == null ? "" : facts.award().subject();
        if (p == null) {
            return new Derivation(TaskStatus.TODO, null, null, Derivation.Reason.PUBLICATION_AWAITED, List.of(subject));
        }
        if (p.sentOn() != null) {
            return new Derivation(
                    TaskStatus.DONE,
                    p.publishedOn(),
                    p.sentOn(),
                    Derivation.Reason.PUBLICATION_SENT,
                    List.of(subject, p.sentOn()));
        }
        return new Derivation(
                TaskStatus.IN_PROGRESS,
                p.publishedOn(),
                null,
                Derivation.Reason.PUBLICATION_NOT_SENT,
                List.of(subject, p.publishedOn()));
    }

    /**
     * The status a task shows.
     *
     * @param stored what was entered by hand (status and actual dates)
     * @param override whether the hand-entered status overrides what the work says
     * @param derived what the work says, if the task follows something
     * @param plannedEnd its planned end, to tell whether it is late
     */
    public static TaskState state(
            TaskStatus stored,
            @Nullable LocalDate actualStart,
            @Nullable LocalDate actualEnd,
            boolean override,
            Optional<Derivation> derived,
            @Nullable LocalDate plannedEnd,
            LocalDate today) {
        TaskState.Source source;
        TaskStatus status;
        LocalDate start = actualStart;
        LocalDate end = actualEnd;
        if (derived.isPresent() && !override) {
            Derivation d = derived.get();
            source = TaskState.Source.DERIVED;
            status = d.status();
            start = d.actualStart() != null ? d.actualStart() : actualStart;
            end = d.actualEnd() != null ? d.actualEnd() : (status == TaskStatus.DONE ? actualEnd : null);
        } else {
            source = derived.isPresent() ? TaskState.Source.OVERRIDDEN : TaskState.Source.MANUAL;
            status = stored;
        }
        return new TaskState(status, start, end, source, derived.orElse(null), late(status, plannedEnd, today));
    }

    /** Late: its planned end has passed and it is neither done nor cancelled. */
    public static boolean late(TaskStatus status, @Nullable LocalDate plannedEnd, LocalDate today) {
        return plannedEnd != null && plannedEnd.isBefore(today) && !status.finished();
    }
}
