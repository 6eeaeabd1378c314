package org.mutualis.servicedesk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.CentreDocument;
import org.mutualis.servicedesk.ServiceCentres;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service centre's settings over HTTP, as its territory reads them. */
@RestController
@RequestMapping("/api/servicedesk/centres")
@Tag(
        name = "Centre de services",
        description = "Le centre de services partagés : horaires, fermetures, services, objectifs")
class CentreApiController {

    private final ServiceCentres centres;

    CentreApiController(ServiceCentres centres) {
        this.centres = centres;
    }

    @GetMapping("/mine")
    @Operation(summary = "Le centre de services de la personne connectée (créé avec les réglages de l’étude)")
    CentreDocument mine(@RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        return centres.document(centres.forUser(territory, user).id(), user);
    }

    @GetMapping("/{centreId}")
    @Operation(summary = "Un centre de services : horaires, fermetures, services proposés, objectifs par priorité")
    CentreDocument get(@PathVariable long centreId, CurrentUser user) {
        return centres.document(centreId, user);
    }
}
