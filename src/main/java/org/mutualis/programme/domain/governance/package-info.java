/**
 * The governance rules, plain Java: a steering committee's composition, a meeting's attendance.
 * Exposed as the named interface {@code governance}: {@code BodyView.gaps()} and
 * {@code MeetingView.count()} carry its types.
 */
@org.springframework.modulith.NamedInterface("governance")
@org.jspecify.annotations.NullMarked
package org.mutualis.programme.domain.governance;
