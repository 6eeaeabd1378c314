package org.mutualis.servicedesk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Days the centre is closed besides weekends and public holidays (a bridge day, a move…). */
public record ClosureForm(
        @NotNull LocalDate firstDay,
        @NotNull LocalDate lastDay,
        @NotBlank @Size(max = 200) String label) {}
