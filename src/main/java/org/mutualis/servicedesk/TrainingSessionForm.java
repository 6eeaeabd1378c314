package org.mutualis.servicedesk;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A training session to plan or change: its topic and description, its first and last days (the
 * last one optional: a one-day session), the daily hours ({@code 09:00}–{@code 17:00}, Europe/Paris),
 * place, trainer, capacity (above zero), status, and the {@code version} read (when changing it: a
 * stale version is refused with 409).
 */
public record TrainingSessionForm(
        @Size(max = 200) @Nullable String topic,
        @Size(max = 4000) @Nullable String description,
        @Nullable LocalDate firstDay,
        @Nullable LocalDate lastDay,
        @Size(max = 5) @Nullable String startTime,
        @Size(max = 5) @Nullable String endTime,
        @Size(max = 200) @Nullable String place,
        @Size(max = 200) @Nullable String trainer,
        @Nullable Integer capacity,
        @Nullable TrainingSessionStatus status,
        @Nullable Long version) {}
