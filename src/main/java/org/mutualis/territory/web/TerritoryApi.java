package org.mutualis.territory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.EpciChoice;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritoryException;
import org.mutualis.territory.TerritorySummary;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the territories: the same service as the pages, the same records as the rest of the code. */
@RestController
@RequestMapping("/api")
@Tag(name = "Territoires", description = "EPCI, communes et populations")
class TerritoryApi {

    /** Body of an import: the SIREN of an EPCI of the official data. */
    record ImportRequest(@Nullable String siren) {}

    /** Body of a change of answer policy: {@code CONFIDENTIAL} or {@code SHARED}. */
    record PolicyRequest(@Nullable String policy) {}

    private final Territories territories;

    TerritoryApi(Territories territories) {
        this.territories = territories;
    }

    @GetMapping("/territories")
    @Operation(summary = "Lister les territoires")
    List<TerritorySummary> all() {
        return territories.all();
    }

    @GetMapping("/territories/{id}")
    @Operation(summary = "Un territoire")
    TerritorySummary one(@PathVariable("id") long id) {
        return territories.find(id).orElseThrow(() -> new NotFoundException("territory.notfound"));
    }

    @PutMapping("/territories/{id}/policy")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(
            summary = "Choisir si les membres voient les réponses les uns des autres",
            description = "CONFIDENTIAL (par défaut) : chaque correspondant voit les réponses de sa collectivité et les"
                    + " chiffres du territoire sous le secret statistique ; SHARED : réponses partagées entre membres."
                    + " Réservé à l'équipe de l'EPCI.")
    TerritorySummary changePolicy(
            @PathVariable("id") long id, @RequestBody(required = false) @Nullable PolicyRequest body) {
        territories.find(id).orElseThrow(() -> new NotFoundException("territory.notfound"));
        return territories.changeAnswerPolicy(id, Policies.parse(body == null ? null : body.policy()));
    }

    @GetMapping("/territories/{id}/collectivities")
    @Operation(
            summary = "Les collectivités d'un territoire",
            description = "Communes de la plus petite à la plus grande, communes déléguées (merged), puis l'EPCI et les"
                    + " autres organismes.")
    List<CollectivityView> collectivities(@PathVariable("id") long id) {
        if (territories.find(id).isEmpty()) {
            throw new NotFoundException("territory.notfound");
        }
        return territories.collectivities(id);
    }

    @PostMapping("/territories/import")
    @Operation(
            summary = "Importer un EPCI depuis les données officielles (administrateurs)",
            description = "Crée le territoire pour l'année des données officielles ; refusé s'il existe déjà.")
    ResponseEntity<TerritorySummary> importOfficial(@RequestBody ImportRequest request, HttpServletRequest http) {
        TerritoryPages.requireAdministrator(http);
        String siren = request.siren();
        if (siren == null || siren.isBlank()) {
            throw new TerritoryException("territory.import.sirenMissing");
        }
        TerritorySummary created = territories.importOfficial(siren);
        return ResponseEntity.created(URI.create("/api/territories/" + created.id()))
                .body(created);
    }

    @GetMapping("/epci")
    @Operation(summary = "Chercher un EPCI de France par SIREN ou par nom (20 résultats au plus)")
    List<EpciChoice> searchEpci(@RequestParam(name = "q", defaultValue = "") String query) {
        return territories.searchEpci(query);
    }
}
