package org.mutualis.servicedesk;

import java.time.LocalDate;

/**
 * One ticket as other modules count the service's work (the cost sharing's units of operation):
 * its number, the day it was opened, and the minutes every follow-up of it records (public or
 * private: time spent on it).
 */
public record TicketWork(long ticketId, LocalDate openedOn, long minutes) {}
