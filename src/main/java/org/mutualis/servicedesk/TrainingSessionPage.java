package org.mutualis.servicedesk;

import java.util.List;
import org.mutualis.servicedesk.ServiceCentres.CentreView;

/**
 * A session as its reader sees it: the registrations they may follow (agents: all; a
 * correspondent: their collectivités'), whether they may register someone and for which
 * collectivités, whether they work the session (change it, take the attendance).
 */
public record TrainingSessionPage(
        CentreView centre,
        TrainingSessionView session,
        List<TrainingRegistrationView> registrations,
        List<TrainingChoice> collectivities,
        boolean open,
        boolean attendanceOpen,
        boolean agent) {

    public TrainingSessionPage {
        registrations = List.copyOf(registrations);
        collectivities = List.copyOf(collectivities);
    }

    /** Whether this reader may register someone now. */
    public boolean mayRegister() {
        return open && !collectivities.isEmpty();
    }
}
