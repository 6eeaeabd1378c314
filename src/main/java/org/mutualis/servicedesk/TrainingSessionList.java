package org.mutualis.servicedesk;

import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.shared.ListPage;

/** The sessions of a centre: those to come (soonest first) and those past (latest first), each paged. */
public record TrainingSessionList(
        CentreView centre, ListPage<TrainingSessionView> upcoming, ListPage<TrainingSessionView> past, boolean agent) {}
