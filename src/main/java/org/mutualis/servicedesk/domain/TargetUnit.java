package org.mutualis.servicedesk.domain;

/** How an SLA target is counted: in the centre's opening hours, or in its open days. */
public enum TargetUnit {
    BUSINESS_HOURS,
    BUSINESS_DAYS
}
