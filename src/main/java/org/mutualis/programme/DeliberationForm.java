package org.mutualis.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A council deliberation joining a convention, recorded by hand: collectivité, subject, number, date. */
public record DeliberationForm(
        @NotNull @Nullable Long collectivityId,
        @NotBlank @Size(max = 300) @Nullable String subject,
        @Size(max = 40) @Nullable String number,
        @NotNull @Nullable LocalDate deliberatedOn) {}
