package org.mutualis.servicedesk;

import java.util.List;
import org.mutualis.servicedesk.ServiceCentres.CategoryView;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.ServiceCentres.ClosureView;
import org.mutualis.servicedesk.ServiceCentres.Target;

/** A service centre as its territory reads it: settings, services, closures, targets per priority. */
public record CentreDocument(
        CentreView centre, List<CategoryView> categories, List<ClosureView> closures, List<Target> targets) {}
