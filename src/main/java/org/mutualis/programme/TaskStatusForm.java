package org.mutualis.programme;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.mutualis.programme.domain.TaskStatus;

/**
 * A status set by hand. On a task that follows the work (a campaign, an award, an assessment, a
 * publication) it overrides what the work says, and needs a reason; {@code followWork} gives the
 * task back to the work.
 */
public record TaskStatusForm(
        @Nullable TaskStatus status,
        @Nullable @Size(max = 1000) String reason,
        boolean followWork) {}
