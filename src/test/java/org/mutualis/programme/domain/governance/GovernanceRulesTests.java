package org.mutualis.programme.domain.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The steering committee's composition rule and the attendance counts, for every count. */
class GovernanceRulesTests {

    @Property
    void aSteeringCommitteeMayMeetExactlyWithOneCoordinatorAndOneLeader(
            @ForAll @IntRange(max = 5) int coordinators, @ForAll @IntRange(max = 5) int leaders) {
        var gaps = BodyComposition.gaps(true, coordinators, leaders);

        assertThat(gaps.isEmpty()).isEqualTo(coordinators == 1 && leaders == 1);
        assertThat(gaps.contains(CompositionGap.NO_MARKET_COORDINATOR)).isEqualTo(coordinators == 0);
        assertThat(gaps.contains(CompositionGap.SEVERAL_MARKET_COORDINATORS)).isEqualTo(coordinators > 1);
        assertThat(gaps.contains(CompositionGap.NO_GROUP_LEADER)).isEqualTo(leaders == 0);
        assertThat(gaps.contains(CompositionGap.SEVERAL_GROUP_LEADERS)).isEqualTo(leaders > 1);
    }

    @Property
    void otherBodiesHaveNoCompositionRule(
            @ForAll @IntRange(max = 5) int coordinators, @ForAll @IntRange(max = 5) int leaders) {
        assertThat(BodyComposition.gaps(false, coordinators, leaders)).isEmpty();
    }

    @Property
    void theCountsAddUpAndTheQuorumIsMoreThanHalfPresent(
            @ForAll @IntRange(max = 40) int present,
            @ForAll @IntRange(max = 40) int excused,
            @ForAll @IntRange(max = 40) int absent,
            @ForAll @IntRange(max = 40) int unrecorded) {
        int members = present + excused + absent + unrecorded;
        AttendanceCount count = AttendanceCount.of(members, present, excused, absent);

        assertThat(count.unrecorded()).isEqualTo(unrecorded);
        assertThat(count.present() + count.excused() + count.absent() + count.unrecorded())
                .isEqualTo(members);
        assertThat(count.quorum()).isEqualTo(members > 0 && present > members / 2.0);
    }

    @Property
    void moreMarksThanMembersAreRefused(
            @ForAll @IntRange(min = 1, max = 40) int present, @ForAll @IntRange(max = 40) int fewer) {
        int members = Math.max(0, present - 1 - fewer % present);
        assertThatThrownBy(() -> AttendanceCount.of(members, present, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void halfIsNotAQuorum() {
        assertThat(AttendanceCount.of(4, 2, 1, 1).quorum()).isFalse();
        assertThat(AttendanceCount.of(5, 3, 0, 0).quorum()).isTrue();
        assertThat(AttendanceCount.of(0, 0, 0, 0).quorum()).isFalse();
    }
}
