package org.mutualis.programme;

import org.jspecify.annotations.Nullable;
import org.mutualis.programme.domain.Phase;
import org.mutualis.programme.domain.TaskKind;

/** A task of the template. {@code version} is what an update must send back. */
public record TemplateTaskView(
        long id,
        Phase phase,
        int position,
        TaskKind kind,
        String title,
        @Nullable String description,
        int durationDays,
        boolean milestone,
        long version) {}
