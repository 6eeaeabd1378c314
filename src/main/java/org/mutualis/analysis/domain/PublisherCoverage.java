package org.mutualis.analysis.domain;

import java.util.List;

/**
 * What one publisher covers across the territory.
 *
 * @param key the normalised name grouping its spellings ({@code berger levrault})
 * @param name the spelling most answers use, the first met on a tie ({@code Berger-Levrault})
 * @param domains the domains where at least one collectivité uses it, in the domains' order
 * @param collectivityCodes the collectivités using it in at least one domain, in the territory's
 *     order
 */
public record PublisherCoverage(String key, String name, List<String> domains, List<String> collectivityCodes) {

    public int domainCount() {
        return domains.size();
    }

    public int collectivityCount() {
        return collectivityCodes.size();
    }
}
