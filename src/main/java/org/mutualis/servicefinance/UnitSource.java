package org.mutualis.servicefinance;

/** Where a recorded unit comes from. Labels: {@code servicefinance.units.source.<NAME>}. */
public enum UnitSource {
    /** A ticket of the service desk opened in the year, in the service's category: one unit. */
    TICKET,
    /** The time spent on such a ticket (its follow-ups' minutes), in hours to two decimals. */
    TICKET_TIME,
    /** A person present at a training session beginning in the year: the session's days. */
    TRAINING,
    /** The workstations counted by the latest census (desktops and laptops, schools excepted). */
    CENSUS,
    /** An entry typed by the EPCI's administrator, with its justification. */
    MANUAL
}
