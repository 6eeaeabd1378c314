package org.mutualis.inventory;

import java.time.LocalDate;
import org.mutualis.inventory.domain.renewal.ExposurePricing;

/**
 * Machines against the end-of-support table on a date, and what replacing those whose system is
 * past or ending costs at the census's mean costs (units × mean cost per kind). Office suites are
 * counted but not priced: a suite is replaced by a licence, not a machine.
 *
 * @param devices machines counted (not left out for their age)
 * @param past the machines whose system is past its end of support, by kind, priced
 * @param ending those whose system's support ends within 12 months, by kind, priced
 */
public record ExposureCosts(
        LocalDate on,
        long devices,
        long systemPast,
        long systemEnding,
        long officePast,
        long officeEnding,
        long systemUnknown,
        ExposurePricing.Priced past,
        ExposurePricing.Priced ending) {}
