package org.mutualis.servicedesk;

/** How a ticket came in. */
public enum TicketChannel {
    WEB,
    MAIL,
    PHONE
}
