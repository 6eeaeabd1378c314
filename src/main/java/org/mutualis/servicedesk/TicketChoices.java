package org.mutualis.servicedesk;

import java.util.List;
import org.mutualis.servicedesk.ServiceCentres.CategoryView;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.territory.CollectivityView;

/** What the ticket form offers this person: the collectivités they may open for, the categories. */
public record TicketChoices(
        CentreView centre,
        boolean agent,
        List<CollectivityView> collectivities,
        List<CategoryView> categories,
        List<Assignee> assignees) {}
