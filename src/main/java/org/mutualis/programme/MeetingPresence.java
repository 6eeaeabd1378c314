package org.mutualis.programme;

/** A member at a meeting: present, excused or absent. */
public enum MeetingPresence {
    PRESENT,
    EXCUSED,
    ABSENT
}
