package org.mutualis.servicedesk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.DeskDashboard;
import org.mutualis.servicedesk.DeskDashboards;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service centre's dashboard over HTTP. */
@RestController
@Tag(
        name = "Centre de services",
        description = "Le centre de services partagés : horaires, fermetures, services, objectifs")
class DashboardApiController {

    private final DeskDashboards dashboards;

    DashboardApiController(DeskDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/servicedesk/dashboard")
    @Operation(
            summary = "Le bilan d’une année du centre de services : demandes par commune et par service, respect des"
                    + " délais par priorité, satisfaction, formations, mois par mois ; pour les agents, les demandes"
                    + " ouvertes (pas pour les correspondants)")
    DeskDashboard get(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        return dashboards.of(territory, year, user);
    }
}
