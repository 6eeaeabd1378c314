package org.mutualis.assessment;

import java.time.LocalDate;

/**
 * A procurement of the same territory that a collectivité can still join: it is not a member, and
 * the consultation is not published yet. The deadline is the procurement's publication date
 * ({@code Milestones.publicationOn}): a group's members are those whose needs go into the
 * consultation, so joining (deliberation, convention) must come before it.
 */
public record JoinableProcurement(long id, String subject, String theme, LocalDate deadline) {}
