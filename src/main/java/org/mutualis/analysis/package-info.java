/**
 * Representativity, extrapolation, means, shares and renewal forecasts. Plain Java: values in,
 * results out, no Spring and no SQL, so the web, the API and the CLI all call the same core. The
 * sub-packages {@code app}, {@code web} and {@code cli} feed it from the census and show its results.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "census", "territory", "identity"})
@org.jspecify.annotations.NullMarked
package org.mutualis.analysis;
