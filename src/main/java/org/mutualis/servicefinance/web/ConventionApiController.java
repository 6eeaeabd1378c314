package org.mutualis.servicefinance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.ConventionForm;
import org.mutualis.servicefinance.ConventionList;
import org.mutualis.servicefinance.ConventionView;
import org.mutualis.servicefinance.Conventions;
import org.mutualis.servicefinance.ServiceCatalogue;
import org.mutualis.shared.web.FormChecks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The collectivités' conventions over HTTP. */
@RestController
@RequestMapping("/api/servicefinance/conventions")
@Tag(
        name = "Conventions",
        description = "Les conventions des collectivités avec le service commun : type, signature, délibération,"
                + " durée et renouvellement, services souscrits et prévision d’usage, méthode de coût")
class ConventionApiController {

    private final Conventions conventions;
    private final ServiceCatalogue catalogue;
    private final FormChecks checks;

    ConventionApiController(Conventions conventions, ServiceCatalogue catalogue, FormChecks checks) {
        this.conventions = conventions;
        this.catalogue = catalogue;
        this.checks = checks;
    }

    @GetMapping
    @Operation(
            summary = "Lister les conventions du territoire, par page, cherchées par nom ou code de collectivité"
                    + " (un correspondant : celles de sa collectivité)")
    ConventionList list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "1") int page,
            CurrentUser user) {
        return conventions.page(territory, q, page, user);
    }

    @GetMapping("/renewals")
    @Operation(
            summary = "Les conventions à renouveler dans le délai de rappel du territoire (90 jours par défaut),"
                    + " les plus proches d’abord")
    List<ConventionView> renewals(@RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        return conventions.renewalsDue(territory, user);
    }

    @PostMapping
    @Operation(
            summary = "Enregistrer la convention d’une collectivité, avec au moins un service souscrit et sa"
                    + " prévision d’usage en unités (administrateur de l’EPCI)")
    ResponseEntity<ConventionView> create(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestBody ConventionForm form,
            CurrentUser user) {
        catalogue.forAdding(territory, user);
        checks.check(form);
        ConventionView created = conventions.create(territory, form, user);
        return ResponseEntity.created(URI.create("/api/servicefinance/conventions/" + created.id()))
                .body(created);
    }

    @GetMapping("/{conventionId}")
    @Operation(summary = "Lire une convention (un correspondant : celle de sa collectivité seulement)")
    ConventionView get(@PathVariable long conventionId, CurrentUser user) {
        return conventions.get(conventionId, user);
    }

    @PutMapping("/{conventionId}")
    @Operation(
            summary = "Modifier une convention avec la version lue (409 si quelqu’un l’a modifiée entre-temps ;"
                    + " administrateur de l’EPCI)")
    ConventionView update(@PathVariable long conventionId, @RequestBody ConventionForm form, CurrentUser user) {
        conventions.forEdit(conventionId, user);
        checks.check(form);
        return conventions.update(conventionId, form, user);
    }

    @DeleteMapping("/{conventionId}")
    @Operation(summary = "Supprimer une convention enregistrée par erreur (administrateur de l’EPCI)")
    ResponseEntity<Void> delete(@PathVariable long conventionId, CurrentUser user) {
        conventions.delete(conventionId, user);
        return ResponseEntity.noContent().build();
    }
}
