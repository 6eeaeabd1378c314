/** The governance rules, plain Java: a steering committee's composition, a meeting's attendance. */
@org.jspecify.annotations.NullMarked
package org.mutualis.programme.domain.governance;
