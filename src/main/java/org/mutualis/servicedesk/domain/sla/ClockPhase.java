package org.mutualis.servicedesk.domain.sla;

/** Where an SLA clock stands. */
public enum ClockPhase {
    NOT_STARTED,
    RUNNING,
    PAUSED,
    STOPPED
}
