/**
 * The money side of the shared IT service centre (issue 14): each territory's service catalogue
 * (the study's services with their unit of operation, CGCT D5211-16), the form of the service
 * the territory chose (stages 3 and 4 of the study, with their legal basis) and each
 * collectivité's convention (kind, signature, deliberation, duration and renewal, subscribed
 * services with their forecast use, unit-cost method). Public API: {@link
 * org.mutualis.servicefinance.ServiceCatalogue} and {@link org.mutualis.servicefinance.Conventions}.
 *
 * <p>Who may: the EPCI's administrator manages them; analysts and elected officials read; a
 * correspondent reads the catalogue and their own collectivité's convention only; a technician
 * sees nothing of it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "territory", "identity", "spreadsheet", "census", "servicedesk"})
@org.jspecify.annotations.NullMarked
package org.mutualis.servicefinance;
