package org.mutualis.servicedesk;

import java.util.List;
import org.mutualis.servicedesk.ServiceCentres.CentreView;

/**
 * The training needs a reader sees: agents every need of the centre grouped by topic, the most
 * asked first; a correspondent their collectivités' own needs. With the collectivités they may
 * send a need for, and, for agents, the sessions that may answer one.
 */
public record TrainingNeeds(
        CentreView centre,
        List<TrainingNeedTopic> topics,
        List<TrainingChoice> collectivities,
        List<TrainingChoice> sessions,
        boolean agent) {

    public TrainingNeeds {
        topics = List.copyOf(topics);
        collectivities = List.copyOf(collectivities);
        sessions = List.copyOf(sessions);
    }
}
