package org.mutualis.servicedesk;

import org.jspecify.annotations.Nullable;

/** The session that answers a need (left out: the need is open again). */
public record TrainingNeedAnswerForm(@Nullable Long sessionId) {}
