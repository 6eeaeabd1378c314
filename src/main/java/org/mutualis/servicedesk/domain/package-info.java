/**
 * The service desk's rules in plain Java: the priority matrix, the ticket statuses and their
 * transitions, the business calendar (opening hours, French public holidays, closures) and the SLA
 * clock that runs on it.
 */
@org.springframework.modulith.NamedInterface("domain")
@org.jspecify.annotations.NullMarked
package org.mutualis.servicedesk.domain;
