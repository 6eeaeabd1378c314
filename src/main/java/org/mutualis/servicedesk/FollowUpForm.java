package org.mutualis.servicedesk;

/** A follow-up to add: its text, whether it is a private note (agents only), minutes spent (agents). */
public record FollowUpForm(String text, boolean privateNote, int minutes) {}
