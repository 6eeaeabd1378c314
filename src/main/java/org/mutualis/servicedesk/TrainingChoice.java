package org.mutualis.servicedesk;

/** An option of a training form: a collectivité or a session, by id and name. */
public record TrainingChoice(long id, String name) {}
