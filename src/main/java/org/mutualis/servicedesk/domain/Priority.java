package org.mutualis.servicedesk.domain;

/**
 * A ticket's priority, from its impact and urgency ({@link PriorityMatrix}); the SLA targets are
 * set per priority. Ordered from the least to the most pressing.
 */
public enum Priority {
    VERY_LOW,
    LOW,
    MEDIUM,
    HIGH,
    VERY_HIGH,
    MAJOR
}
