package org.mutualis.analysis.domain;

import java.util.List;

/**
 * A collectivité gave the same rank to several objectives (Plougonven ranked two objectives 4th
 * in 2012). Kept, since that is what it answered, but shown: it skews the Borda totals.
 */
public record SharedRank(String collectivityCode, int rank, List<String> objectives) {}
