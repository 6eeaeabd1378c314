package org.mutualis.servicefinance.domain;

/**
 * What a service counts to be paid for (« unité de fonctionnement », CGCT D5211-16): the
 * reimbursement is the unit cost × the units recorded. French labels: {@code
 * servicefinance.unit.<NAME>} (and {@code .short} for a quantity).
 */
public enum UnitOfOperation {
    /** A workstation covered by the service (from the latest census). */
    WORKSTATION,
    /** A ticket of the service desk. */
    TICKET,
    /** An hour of intervention (time spent on tickets). */
    INTERVENTION_HOUR,
    /** A gigabyte stored (backup, hosting). */
    GIGABYTE_STORED,
    /** A user with an account on the service. */
    USER,
    /** A site connected or served. */
    SITE,
    /** A day of training attended. */
    TRAINING_DAY
}
