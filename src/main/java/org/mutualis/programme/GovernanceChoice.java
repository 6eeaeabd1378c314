package org.mutualis.programme;

/** An option of a governance form's list: an account, a collectivité, an action, a body or a meeting. */
public record GovernanceChoice(long id, String label) {}
