package org.mutualis.programme;

import java.util.List;

/** A meeting as its minutes show it: the programme, the meeting with its attendance, the decisions it took. */
public record MeetingMinutes(GovernanceProgramme programme, MeetingView meeting, List<DecisionView> decisions) {

    public MeetingMinutes {
        decisions = List.copyOf(decisions);
    }
}
