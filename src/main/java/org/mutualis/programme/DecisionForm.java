package org.mutualis.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A decision to record: the body, the meeting (optional, of that body), the date, the text, the
 * programme's action it concerns (optional) and its outcome.
 */
public record DecisionForm(
        @NotNull @Nullable Long bodyId,
        @Nullable Long meetingId,
        @NotNull @Nullable LocalDate decidedOn,
        @NotBlank @Size(max = 2000) @Nullable String text,
        @Nullable Long actionId,
        @NotNull @Nullable DecisionStatus status) {}
