package org.mutualis.inventory;

/**
 * A new enrolment and what to give the collectivité's agents: the address to post to, holding the
 * token, shown once, and the command lines of the agents that use it.
 */
public record IssuedEnrolment(EnrolmentView enrolment, String token, String url) {}
