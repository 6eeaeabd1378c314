package org.mutualis.servicefinance;

import org.mutualis.shared.text.Text;

/**
 * A service subscribed whose units could not be recorded from the work, and why: a workstation
 * count not communicated (NC is not zero: nothing is counted, the gap is flagged), no census, a
 * service with no desk category, a unit only entered by hand.
 */
public record UnitGap(long serviceId, String serviceLabel, Text reason) {}
