package org.mutualis.analysis.domain;

import java.util.List;

/**
 * A share group (OS breakdown, office suites) and how its counts compare with the devices.
 *
 * @param deviceIndicators counts whose sum is the number of devices (desktops + laptops)
 * @param maxPerDevice how many members of the group one device may carry: 1 for an OS (the
 *     group's sum must equal the devices), 2 for office suites (one PC may carry two suites, so
 *     the sum may lie between 0 and twice the devices)
 */
public record ShareGroupSpec(String code, String label, List<String> deviceIndicators, int maxPerDevice) {}
