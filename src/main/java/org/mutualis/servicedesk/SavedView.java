package org.mutualis.servicedesk;

/** A named set of the queue's filters, kept for one agent (filters in query-string form). */
public record SavedView(long id, String name, String filters) {}
