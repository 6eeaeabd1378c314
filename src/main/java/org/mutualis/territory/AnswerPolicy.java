package org.mutualis.territory;

/**
 * Whether the members of a territory see each other's census answers (docs/confidentiality.md).
 * Whatever the policy, a correspondent of another territory sees nothing of this one.
 */
public enum AnswerPolicy {
    /**
     * « Réponses confidentielles », the default: a correspondent sees their own collectivité's
     * answers and the territory's figures only where no other collectivité's value can be
     * recovered (the statistical secret).
     */
    CONFIDENTIAL,
    /** « Réponses partagées entre membres »: every member's correspondent sees every member's answers. */
    SHARED
}
