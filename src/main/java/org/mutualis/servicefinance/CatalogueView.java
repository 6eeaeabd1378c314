package org.mutualis.servicefinance;

import java.util.List;
import org.mutualis.servicedesk.ServiceCentres.CategoryView;
import org.mutualis.servicedesk.ServiceCentres.Target;

/**
 * A territory's catalogue: its services (retired ones last), and, for reference, its service
 * centre's opening hours, SLA targets per priority and ticket categories.
 */
public record CatalogueView(
        long territoryId,
        String territoryName,
        List<CatalogueServiceView> services,
        long centreId,
        String centreHours,
        List<Target> targets,
        List<CategoryView> categories) {}
