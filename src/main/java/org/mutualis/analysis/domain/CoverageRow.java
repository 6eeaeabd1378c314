package org.mutualis.analysis.domain;

import java.util.List;

/** One functional domain of the matrix: a cell per collectivité, in the territory's order. */
public record CoverageRow(String domain, List<CoverageCell> cells) {}
