package org.mutualis.analysis.domain;

import org.jspecify.annotations.Nullable;

/** Devices to renew per year (exact, e.g. 73.825) and their cost per year when a cost is known. */
public record RenewalResult(
        RenewalSpec spec, Figure unitsPerYear, @Nullable Figure eurosPerYear) {}
