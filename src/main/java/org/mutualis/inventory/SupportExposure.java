package org.mutualis.inventory;

import java.time.LocalDate;

/**
 * A collectivité's devices against the end-of-support table on a date: the devices counted (not
 * left out for their age), those whose system is past its end of support or ends within 12
 * months, the same for their office suites, and those whose system the table does not know.
 */
public record SupportExposure(
        LocalDate on,
        long devices,
        long systemPast,
        long systemEnding,
        long officePast,
        long officeEnding,
        long systemUnknown) {}
