package org.mutualis.programme;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** A member of a governance body: an account ({@code userId}) or a named person, with a collectivité and a role. */
public record MemberView(
        long id,
        long bodyId,
        @Nullable Long userId,
        String name,
        @Nullable String email,
        @Nullable Long collectivityId,
        @Nullable String collectivityName,
        BodyRole role)
        implements Serializable {}
