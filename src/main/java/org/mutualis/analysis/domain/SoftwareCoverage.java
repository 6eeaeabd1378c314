package org.mutualis.analysis.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The software coverage matrix (functional domain × collectivité) and what it shows.
 *
 * @param collectivities the matrix's columns, code → name, in the territory's order
 * @param rows one per domain, in the domains' order
 * @param publishers the publishers from the one covering the most domains, then the most
 *     collectivités, then by name
 * @param convergences for each domain, the groups of at least two collectivités sharing a
 *     publisher, largest first
 */
public record SoftwareCoverage(
        List<String> domains,
        Map<String, String> collectivities,
        List<CoverageRow> rows,
        List<PublisherCoverage> publishers,
        List<Convergence> convergences) {

    public List<Convergence> convergences(String domain) {
        return convergences.stream().filter(c -> c.domain().equals(domain)).toList();
    }

    public Optional<CoverageCell> cell(String domain, String collectivityCode) {
        return rows.stream()
                .filter(r -> r.domain().equals(domain))
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.collectivityCode().equals(collectivityCode))
                .findFirst();
    }
}
