package org.mutualis.servicefinance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.CatalogueServiceForm;
import org.mutualis.servicefinance.CatalogueServiceView;
import org.mutualis.servicefinance.CatalogueView;
import org.mutualis.servicefinance.FinanceSettingsForm;
import org.mutualis.servicefinance.FinanceSettingsView;
import org.mutualis.servicefinance.ServiceCatalogue;
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

/** The service catalogue and the territory's choices over HTTP. */
@RestController
@RequestMapping("/api/servicefinance")
@Tag(
        name = "Catalogue de services",
        description = "Les services du centre de services partagés, leur unité de fonctionnement (CGCT D5211-16),"
                + " et la forme du service choisie par le territoire")
class CatalogueApiController {

    private final ServiceCatalogue catalogue;
    private final FormChecks checks;

    CatalogueApiController(ServiceCatalogue catalogue, FormChecks checks) {
        this.catalogue = catalogue;
        this.checks = checks;
    }

    @GetMapping("/services")
    @Operation(
            summary = "Le catalogue du territoire (un correspondant : le sien), créé avec les services de l’étude,"
                    + " avec les horaires et objectifs du centre de services pour référence")
    CatalogueView services(@RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        return catalogue.catalogue(territory, user);
    }

    @PostMapping("/services")
    @Operation(summary = "Ajouter un service au catalogue (administrateur de l’EPCI)")
    ResponseEntity<CatalogueServiceView> add(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestBody CatalogueServiceForm form,
            CurrentUser user) {
        catalogue.forAdding(territory, user);
        checks.check(form);
        CatalogueServiceView added = catalogue.add(territory, form, user);
        return ResponseEntity.created(URI.create("/api/servicefinance/services/" + added.id()))
                .body(added);
    }

    @GetMapping("/services/{serviceId}")
    @Operation(summary = "Lire un service du catalogue")
    CatalogueServiceView service(@PathVariable long serviceId, CurrentUser user) {
        return catalogue.service(serviceId, user);
    }

    @PutMapping("/services/{serviceId}")
    @Operation(
            summary = "Modifier un service avec la version lue (409 si quelqu’un l’a modifié entre-temps ;"
                    + " administrateur de l’EPCI)")
    CatalogueServiceView update(
            @PathVariable long serviceId, @RequestBody CatalogueServiceForm form, CurrentUser user) {
        catalogue.forEdit(serviceId, user);
        checks.check(form);
        return catalogue.update(serviceId, form, user);
    }

    @PostMapping("/services/{serviceId}/retire")
    @Operation(
            summary = "Retirer un service : il reste sur les conventions qui l’ont souscrit, aucune nouvelle"
                    + " convention ne peut le souscrire (administrateur de l’EPCI)")
    CatalogueServiceView retire(@PathVariable long serviceId, CurrentUser user) {
        return catalogue.retire(serviceId, user);
    }

    @PostMapping("/services/{serviceId}/reinstate")
    @Operation(summary = "Proposer de nouveau un service retiré (administrateur de l’EPCI)")
    CatalogueServiceView reinstate(@PathVariable long serviceId, CurrentUser user) {
        return catalogue.reinstate(serviceId, user);
    }

    @GetMapping("/settings")
    @Operation(
            summary = "La forme du service choisie aux étapes 3 et 4 de l’étude et le délai de rappel des"
                    + " renouvellements de conventions")
    FinanceSettingsView settings(@RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        return catalogue.settings(territory, user);
    }

    @PutMapping("/settings")
    @Operation(summary = "Choisir la forme du service et le délai de rappel, avec la version lue (administrateur)")
    FinanceSettingsView updateSettings(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestBody FinanceSettingsForm form,
            CurrentUser user) {
        catalogue.forAdding(territory, user);
        checks.check(form);
        return catalogue.updateSettings(territory, form, user);
    }
}
