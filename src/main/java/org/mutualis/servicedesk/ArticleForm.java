package org.mutualis.servicedesk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An article to write: its title, its Markdown text, one of the centre's categories or none, who reads it. */
public record ArticleForm(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = Knowledge.MAX_BODY) String body,
        @Nullable Long categoryId,
        @NotNull ArticleVisibility visibility) {}
