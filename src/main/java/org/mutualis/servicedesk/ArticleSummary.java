package org.mutualis.servicedesk;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** An article in a list, a search result, a suggestion or a ticket's links: no body, an excerpt of its text. */
public record ArticleSummary(
        long id,
        long centreId,
        String title,
        String excerpt,
        @Nullable Long categoryId,
        @Nullable String categoryLabel,
        ArticleVisibility visibility,
        LocalDateTime updatedAt,
        long views,
        long solvedCount) {}
