package org.mutualis.servicedesk;

/** Whether a registered person attended the session. */
public enum TrainingPresence {
    PRESENT,
    ABSENT
}
