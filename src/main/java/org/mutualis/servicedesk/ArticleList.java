package org.mutualis.servicedesk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a centre's articles the reader may see: the last updated first, or the best matches
 * of the search words first. {@code page} counts from 1; {@code writable}: the reader is one of the
 * centre's agents.
 */
public record ArticleList(
        long centreId,
        long territoryId,
        String centreName,
        @Nullable String query,
        @Nullable Long categoryId,
        int page,
        int pageSize,
        long total,
        List<ArticleSummary> items,
        boolean writable) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
