/**
 * The SLA clock in plain Java: a centre's business calendar (opening hours, French public holidays,
 * local closures), SLA targets in business hours or days, and the clock replayed from its events
 * (start, pause, resume, retarget, stop, restart). See docs/servicedesk-sla.md for the semantics.
 */
@org.springframework.modulith.NamedInterface("sla")
@org.jspecify.annotations.NullMarked
package org.mutualis.servicedesk.domain.sla;
