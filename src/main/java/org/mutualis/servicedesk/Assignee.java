package org.mutualis.servicedesk;

/** Someone a ticket may be assigned to: a technician of the centre, or the administrator. */
public record Assignee(long id, String name) {}
