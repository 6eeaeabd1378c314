package org.mutualis.programme;

/** A meeting is planned, then held (its minutes and attendance are then the record). */
public enum MeetingStatus {
    PLANNED,
    HELD
}
