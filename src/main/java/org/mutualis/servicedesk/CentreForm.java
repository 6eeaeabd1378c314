package org.mutualis.servicedesk;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A service centre's settings: its name, the mailbox the tickets by e-mail arrive in, its opening
 * hours (« MON-FRI 08:30-12:00 13:30-17:30 ») and when the agents are warned before a breach (the
 * share of the target consumed).
 */
public record CentreForm(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Email @Size(max = 254) String mailbox,
        @NotBlank @Size(max = 500) String openingHours,
        @NotNull @Min(1) @Max(99) Integer warningPercent) {}
