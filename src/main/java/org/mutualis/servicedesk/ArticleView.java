package org.mutualis.servicedesk;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An article to read: its Markdown ({@code body}) and the same rendered to safe HTML ({@code html},
 * sanitized: no script, no style, no event handler), how many said it solved their problem and
 * whether the reader did, whether the reader may edit it, its version for the next edit.
 */
public record ArticleView(
        long id,
        long centreId,
        String title,
        String body,
        String html,
        @Nullable Long categoryId,
        @Nullable String categoryLabel,
        ArticleVisibility visibility,
        String authorName,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        long views,
        long solvedCount,
        boolean solvedByReader,
        boolean editable,
        int version) {}
