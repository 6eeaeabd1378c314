package org.mutualis.programme;

import java.util.List;

/** A programme's governance page: its bodies, their meetings to come and past, whether the reader may edit. */
public record GovernanceOverview(
        GovernanceProgramme programme,
        List<BodyView> bodies,
        List<MeetingView> upcoming,
        List<MeetingView> past,
        boolean editable) {

    public GovernanceOverview {
        bodies = List.copyOf(bodies);
        upcoming = List.copyOf(upcoming);
        past = List.copyOf(past);
    }
}
