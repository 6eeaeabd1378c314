/**
 * The money side of the shared IT service centre (issue 14): each territory's service catalogue
 * (the study's services with their unit of operation, CGCT D5211-16), the form of the service
 * the territory chose (stages 3 and 4 of the study, with their legal basis) and each
 * collectivité's convention (kind, signature, deliberation, duration and renewal, subscribed
 * services with their forecast use, unit-cost method), each service's unit cost per year and its
 * communication (CGCT D5211-16), the units recorded per collectivité, each from its source line,
 * the annual statements, the ways of financing the service compared for a year (D5211-16 units, a
 * flat subscription by size class, a sharing by population or by workstations), each collectivité's
 * net balance (the savings obtained from the group procurements' assessments − its annual
 * statement), and the service centre's annual activity report for the council. Public API: {@link
 * org.mutualis.servicefinance.ServiceCatalogue}, {@link org.mutualis.servicefinance.Conventions},
 * {@link org.mutualis.servicefinance.UnitCosts}, {@link org.mutualis.servicefinance.UnitRecords},
 * {@link org.mutualis.servicefinance.Statements}, {@link
 * org.mutualis.servicefinance.SubscriptionClasses}, {@link org.mutualis.servicefinance.Alternatives},
 * {@link org.mutualis.servicefinance.Balances} and {@link org.mutualis.servicefinance.ActivityReports}.
 *
 * <p>Who may: the EPCI's administrator manages them; analysts and elected officials read; a
 * correspondent reads the catalogue and the unit costs of their territory, and their own
 * collectivité's convention, communication, recorded units, statement and net balance only (not
 * the alternatives compared, the subscription's size classes nor the activity report, which show
 * the whole territory); a technician sees nothing of it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "territory",
            "identity",
            "spreadsheet",
            "census",
            "servicedesk",
            "servicedesk :: domain",
            "assessment"
        })
@org.jspecify.annotations.NullMarked
package org.mutualis.servicefinance;
