/**
 * The assessment core: awarded prices against the census, plain Java.
 */
@org.springframework.modulith.NamedInterface("domain")
@org.jspecify.annotations.NullMarked
package org.mutualis.assessment.domain;
