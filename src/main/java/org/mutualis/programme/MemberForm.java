package org.mutualis.programme;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A member to add to a body: an account ({@code userId}) or a named person ({@code name}, e-mail
 * optional), with a collectivité of the programme's territory (optional) and a role.
 */
public record MemberForm(
        @Nullable Long userId,
        @Size(max = 200) @Nullable String name,
        @Size(max = 200) @Nullable String email,
        @Nullable Long collectivityId,
        @NotNull @Nullable BodyRole role) {}
