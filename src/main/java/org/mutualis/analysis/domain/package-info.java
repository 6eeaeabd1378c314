/**
 * The analysis core: representativity, extrapolation, means, shares and renewal forecasts. Plain Java: values in, results out, no Spring and no SQL, so the web, the API and the CLI all call the same core.
 */
@org.springframework.modulith.NamedInterface("domain")
@org.jspecify.annotations.NullMarked
package org.mutualis.analysis.domain;
