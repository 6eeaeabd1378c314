package org.mutualis.servicedesk;

import java.util.List;

/** The needs sent on one topic (grouped without regard to case and spaces), with their counts. */
public record TrainingNeedTopic(String topic, int requests, int people, int open, List<TrainingNeedView> needs) {

    public TrainingNeedTopic {
        needs = List.copyOf(needs);
    }
}
