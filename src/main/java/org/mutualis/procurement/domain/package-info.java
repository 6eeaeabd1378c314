/**
 * The procurement core: thresholds, procedures, purchasing-group and framework-agreement rules, the calendar; plain Java.
 */
@org.springframework.modulith.NamedInterface("domain")
@org.jspecify.annotations.NullMarked
package org.mutualis.procurement.domain;
