package org.mutualis.census;

import java.io.Serializable;

/** One row of a batch of invitations: a collectivité and the address to invite it at. */
public record InvitationRequest(long collectivityId, String email) implements Serializable {}
