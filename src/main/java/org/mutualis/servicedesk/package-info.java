/**
 * The shared IT service centre at work (Centre de Services Informatiques Partagés): one service
 * centre per territory with its technicians, opening hours, closures and SLA targets; tickets (web,
 * e-mail, phone) with their SLA clock; the agents' queue; the knowledge base; trainings; the
 * dashboards. Public API: {@link org.mutualis.servicedesk.ServiceCentres} (who works for which
 * centre) and the services next to it.
 *
 * <p>Who may: the EPCI's administrator and the centre's technicians are its agents; a
 * correspondent opens and follows their own collectivités' tickets only; analysts and elected
 * officials read the dashboards. A technician sees nothing of the census side.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "territory", "identity", "spreadsheet", "census"})
@org.jspecify.annotations.NullMarked
package org.mutualis.servicedesk;
