package org.mutualis.servicefinance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.ActivityReports;
import org.mutualis.servicefinance.documents.ActivityReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/servicefinance")
@Tag(
        name = "Rapport d’activité du centre de services",
        description = "Le rapport annuel au conseil : services, unités constatées par collectivité, respect des délais,"
                + " satisfaction, formations, coûts, remboursements et économies")
class ReportApiController {

    private final ActivityReports reports;

    ReportApiController(ActivityReports reports) {
        this.reports = reports;
    }

    @GetMapping("/report")
    @Operation(
            summary = "Le rapport d’activité d’un territoire pour une année (cette année par défaut) ; réservé aux"
                    + " services de l’EPCI et aux élus. Un chiffre non communiqué ou non établi est null, jamais 0")
    ActivityReport report(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        return reports.of(territory, year, user);
    }
}
