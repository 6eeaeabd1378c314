package org.mutualis.analysis.domain;

import org.jspecify.annotations.Nullable;

/**
 * One cell of the coverage matrix: what a collectivité uses in one domain.
 *
 * @param publisher as the collectivité spelled it; null when it gave no publisher or answered NC
 * @param publisherKey the normalised publisher ({@link CoverageMatrix#normalise}), linking the cell
 *     to its {@link PublisherCoverage}; null when {@code publisher} is
 * @param notCommunicated the collectivité answered NC: it said it does not know, which an empty
 *     cell does not say
 */
public record CoverageCell(
        String collectivityCode,
        @Nullable String publisher,
        @Nullable String product,
        @Nullable String publisherKey,
        boolean notCommunicated) {

    public boolean isEmpty() {
        return publisher == null && !notCommunicated;
    }
}
