package org.mutualis.programme.domain;

/**
 * The study's tasks of phases 0, 1 and 2, and what each one's status follows when its action is
 * linked to a campaign or a procurement; {@link #CUSTOM} for a task the user adds.
 */
public enum TaskKind {
    FRAMING_INTERVIEWS(Phase.LAUNCH, Artefact.NONE),
    NEEDS_CENSUS(Phase.LAUNCH, Artefact.CAMPAIGN),
    DETAILED_PLANNING(Phase.LAUNCH, Artefact.NONE),
    SCENARIOS(Phase.LAUNCH, Artefact.NONE),
    STEERING_COMMITTEE(Phase.LAUNCH, Artefact.NONE),
    NEEDS_SYNTHESIS(Phase.SPECIFICATIONS, Artefact.NONE),
    PROCEDURE_CHOICE(Phase.SPECIFICATIONS, Artefact.NONE),
    SPECIFICATIONS(Phase.SPECIFICATIONS, Artefact.NONE),
    SUPPLIER_CHOICE(Phase.SPECIFICATIONS, Artefact.AWARD),
    DEPLOYMENT(Phase.SPECIFICATIONS, Artefact.NONE),
    ASSESSMENT_WRITING(Phase.COMMUNICATION, Artefact.ASSESSMENT),
    ASSESSMENT_DIFFUSION(Phase.COMMUNICATION, Artefact.PUBLICATION),
    NEXT_PROCUREMENTS_DIFFUSION(Phase.COMMUNICATION, Artefact.NONE),
    EXPECTATIONS_SURVEY(Phase.COMMUNICATION, Artefact.NONE),
    CUSTOM(null, Artefact.NONE);

    private final @org.jspecify.annotations.Nullable Phase phase;
    private final Artefact follows;

    TaskKind(@org.jspecify.annotations.Nullable Phase phase, Artefact follows) {
        this.phase = phase;
        this.follows = follows;
    }

    /** The phase the study puts it in; null for a custom task, which goes where the user says. */
    public @org.jspecify.annotations.Nullable Phase phase() {
        return phase;
    }

    /** What its status follows when the action is linked to it. */
    public Artefact follows() {
        return follows;
    }
}
