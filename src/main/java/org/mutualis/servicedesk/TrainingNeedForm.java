package org.mutualis.servicedesk;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A training need of a collectivité: the topic, how many people, a comment. */
public record TrainingNeedForm(
        @Nullable Long collectivityId,
        @Size(max = 200) @Nullable String topic,
        @Nullable Integer people,
        @Size(max = 2000) @Nullable String comment) {}
