package org.mutualis.analysis.domain;

import java.util.List;

/** A share group's members with their raw and extrapolated shares. */
public record ShareGroupResult(ShareGroupSpec group, List<ShareRow> rows, Figure rawTotal, Figure extrapolatedTotal) {}
