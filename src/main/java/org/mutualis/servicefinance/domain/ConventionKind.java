package org.mutualis.servicefinance.domain;

/** The kinds of convention between the EPCI and a collectivité. Labels: {@code servicefinance.kind.<NAME>}. */
public enum ConventionKind {
    /** Service commun (CGCT L5211-4-2). */
    COMMON_SERVICE,
    /** Mise à disposition de service (CGCT L5211-4-1), reimbursed under D5211-16. */
    SERVICE_MADE_AVAILABLE,
    /** Mise à disposition de personnel. */
    STAFF_MADE_AVAILABLE,
    /** Subscription to an independent service. */
    SUBSCRIPTION
}
