package org.mutualis.servicedesk;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A person of a collectivité to register to a session: the collectivité (a correspondent's own;
 * may be left out when they answer for one only), the person's name, job and e-mail (optional).
 */
public record TrainingRegistrationForm(
        @Nullable Long collectivityId,
        @Size(max = 200) @Nullable String personName,
        @Size(max = 200) @Nullable String job,
        @Size(max = 254) @Nullable String email) {}
