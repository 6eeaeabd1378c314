package org.mutualis.servicedesk;

import java.util.List;
import org.mutualis.servicedesk.ServiceCentres.CategoryView;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.territory.CollectivityView;

/**
 * What the ticket form offers this person: the collectivités they may open for, the categories.
 * For a centre of more than {@link #LISTED} collectivités (a national test territory, not an EPCI)
 * the agents' lists are not built: {@code manyCollectivities} says to ask for the collectivité's
 * number instead.
 */
public record TicketChoices(
        CentreView centre,
        boolean agent,
        List<CollectivityView> collectivities,
        List<CategoryView> categories,
        List<Assignee> assignees,
        boolean manyCollectivities) {

    /** The most collectivités a list offers (the largest EPCI has some 150 communes). */
    public static final int LISTED = 500;
}
