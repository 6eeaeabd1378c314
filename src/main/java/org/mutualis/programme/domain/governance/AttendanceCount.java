package org.mutualis.programme.domain.governance;

/**
 * Who came to a meeting: of the body's {@code members}, how many were present, excused or absent,
 * and how many were not recorded. The quorum is reached when more than half of the members are
 * present (an empty body never reaches it).
 */
public record AttendanceCount(int members, int present, int excused, int absent, int unrecorded) {

    public AttendanceCount {
        if (members < 0 || present < 0 || excused < 0 || absent < 0 || unrecorded < 0) {
            throw new IllegalArgumentException("negative count");
        }
        if (present + excused + absent + unrecorded != members) {
            throw new IllegalArgumentException("the counts do not add up to the members");
        }
    }

    /**
     * @throws IllegalArgumentException when more marks than members are given
     */
    public static AttendanceCount of(int members, int present, int excused, int absent) {
        int recorded = present + excused + absent;
        if (recorded > members) {
            throw new IllegalArgumentException("more marks than members");
        }
        return new AttendanceCount(members, present, excused, absent, members - recorded);
    }

    /** More than half of the members present. */
    public boolean quorum() {
        return members > 0 && 2L * present > members;
    }
}
