package org.mutualis.servicefinance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.CommunicationForm;
import org.mutualis.servicefinance.CommunicationList;
import org.mutualis.servicefinance.CommunicationView;
import org.mutualis.servicefinance.Conventions;
import org.mutualis.servicefinance.ServiceCatalogue;
import org.mutualis.servicefinance.ServiceForecast;
import org.mutualis.servicefinance.UnitCostForm;
import org.mutualis.servicefinance.UnitCostList;
import org.mutualis.servicefinance.UnitCostView;
import org.mutualis.servicefinance.UnitCosts;
import org.mutualis.shared.web.FormChecks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The services' unit costs and their communication over HTTP. */
@RestController
@RequestMapping("/api/servicefinance")
@Tag(
        name = "Coûts unitaires",
        description = "Le coût unitaire de fonctionnement de chaque service par année (CGCT D5211-16) : charges"
                + " des comptes administratifs par catégorie, actualisées par le budget, divisées par les unités"
                + " prévues par les conventions en vigueur ; sa communication aux collectivités")
class UnitCostApiController {

    private final UnitCosts unitCosts;
    private final ServiceCatalogue catalogue;
    private final Conventions conventions;
    private final FormChecks checks;

    UnitCostApiController(UnitCosts unitCosts, ServiceCatalogue catalogue, Conventions conventions, FormChecks checks) {
        this.unitCosts = unitCosts;
        this.catalogue = catalogue;
        this.conventions = conventions;
        this.checks = checks;
    }

    @GetMapping("/unit-costs")
    @Operation(
            summary = "Les services du territoire pour une année (cette année par défaut), chacun avec son coût"
                    + " unitaire enregistré et la prévision d’usage des conventions en vigueur")
    UnitCostList list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        return unitCosts.list(territory, year, user);
    }

    @PostMapping("/unit-costs")
    @Operation(
            summary = "Calculer et enregistrer le coût unitaire d’un service pour une année ; une catégorie de"
                    + " dépense exclue, l’absence de prévision ou des comptes d’une autre année sont refusés (422)"
                    + " avec le texte de l’article (administrateur de l’EPCI)")
    ResponseEntity<UnitCostView> create(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestBody UnitCostForm form,
            CurrentUser user) {
        catalogue.forAdding(territory, user);
        checks.check(form);
        UnitCostView created = unitCosts.create(territory, form, user);
        return ResponseEntity.created(URI.create("/api/servicefinance/unit-costs/" + created.id()))
                .body(created);
    }

    @GetMapping("/unit-costs/{unitCostId}")
    @Operation(
            summary = "Lire un coût unitaire avec ses données, sa formule, ses catégories retenues et les"
                    + " conventions dont vient la prévision")
    UnitCostView get(@PathVariable long unitCostId, CurrentUser user) {
        return unitCosts.get(unitCostId, user);
    }

    @PutMapping("/unit-costs/{unitCostId}")
    @Operation(
            summary = "Recalculer un coût unitaire avec de nouvelles données et la version lue (409 si quelqu’un"
                    + " l’a modifié entre-temps ; administrateur de l’EPCI)")
    UnitCostView update(@PathVariable long unitCostId, @RequestBody UnitCostForm form, CurrentUser user) {
        unitCosts.forEdit(unitCostId, user);
        checks.check(form);
        return unitCosts.update(unitCostId, form, user);
    }

    @GetMapping("/services/{serviceId}/forecast")
    @Operation(
            summary = "La prévision totale d’usage d’un service pour une année : la somme des prévisions des"
                    + " conventions en vigueur qui le souscrivent (un correspondant ne voit que la sienne)")
    ServiceForecast forecast(
            @PathVariable long serviceId, @RequestParam(required = false) @Nullable Integer year, CurrentUser user) {
        return unitCosts.forecast(serviceId, year, user);
    }

    @GetMapping("/communications")
    @Operation(
            summary = "La communication des coûts unitaires d’une année aux collectivités des conventions en"
                    + " vigueur, avec le verdict de l’article D5211-16 (en retard signalé ; un correspondant : la"
                    + " sienne)")
    CommunicationList communications(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        return unitCosts.communications(territory, year, user);
    }

    @GetMapping("/conventions/{conventionId}/communication")
    @Operation(summary = "La communication des coûts unitaires d’une année à la collectivité d’une convention")
    CommunicationView communication(
            @PathVariable long conventionId, @RequestParam(required = false) @Nullable Integer year, CurrentUser user) {
        return unitCosts.communication(conventionId, year, user);
    }

    @PutMapping("/conventions/{conventionId}/communication")
    @Operation(
            summary = "Enregistrer la date de communication des coûts unitaires d’une année et la date d’adoption"
                    + " du budget de la collectivité, avec la version lue (aucune la première fois ; administrateur"
                    + " de l’EPCI)")
    CommunicationView recordCommunication(
            @PathVariable long conventionId,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestBody CommunicationForm form,
            CurrentUser user) {
        conventions.forEdit(conventionId, user);
        checks.check(form);
        return unitCosts.recordCommunication(conventionId, year, form, user);
    }
}
