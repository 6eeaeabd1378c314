/**
 * Group procurements: purchasing groups with their lots and members, thresholds and the procedure
 * they require, the calendar of contract ends and publications. Public API: {@link
 * org.mutualis.procurement.Procurements}, {@link org.mutualis.procurement.ProcurementThresholds},
 * {@link org.mutualis.procurement.CalendarEntries} and their records.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "territory",
            "identity",
            "questionnaire",
            "census",
            "savings",
            "savings :: domain"
        })
@org.jspecify.annotations.NullMarked
package org.mutualis.procurement;
