package org.mutualis.procurement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.ProcurementCalendarView;
import org.mutualis.procurement.ProcurementDetail;
import org.mutualis.procurement.ProcurementForm;
import org.mutualis.procurement.ProcurementList;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
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

/** Group procurements over HTTP, with the same rules and access as the pages. */
@RestController
@RequestMapping("/api/procurements")
@Tag(name = "Marchés groupés", description = "Marchés groupés, leurs règles, leurs phases et le calendrier")
class ProcurementApiController {

    private final Procurements procurements;

    ProcurementApiController(Procurements procurements) {
        this.procurements = procurements;
    }

    public record ProcurementListJson(long territoryId, String territoryName, List<ProcurementView> procurements) {
        static ProcurementListJson of(ProcurementList list) {
            return new ProcurementListJson(
                    list.territory().id(), list.territory().name(), list.procurements());
        }
    }

    @GetMapping
    @Operation(summary = "Lister les marchés groupés d’un territoire (un correspondant : ceux de sa collectivité)")
    ProcurementListJson list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable String q,
            CurrentUser user) {
        return ProcurementListJson.of(procurements.list(territory, q, user));
    }

    @GetMapping("/calendar")
    @Operation(summary = "Calendrier de tous les marchés groupés d’un territoire, phases 1 et 2 comprises")
    ProcurementCalendarView calendar(@RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        return procurements.calendar(territory, user);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Lire un marché groupé, la procédure que son montant impose, ses phases et la date d’entrée"
                    + " possible de chaque membre")
    ProcurementDetail get(@PathVariable long id, CurrentUser user) {
        return procurements.get(id, user);
    }

    @PostMapping
    @Operation(
            summary = "Créer un marché groupé (administrateur, analyste) ; refusé en 422 avec toutes les règles"
                    + " enfreintes")
    ResponseEntity<ProcurementView> create(@RequestBody ProcurementForm form, CurrentUser user) {
        ProcurementView created = procurements.create(form, user);
        return ResponseEntity.created(URI.create("/api/procurements/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Modifier un marché groupé avec la version lue (409 si quelqu’un l’a modifié entre-temps)")
    ProcurementView update(
            @PathVariable long id, @RequestParam long version, @RequestBody ProcurementForm form, CurrentUser user) {
        return procurements.update(id, form, version, user);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Supprimer un marché groupé (administrateur, analyste)")
    ResponseEntity<Void> delete(@PathVariable long id, CurrentUser user) {
        procurements.delete(id, user);
        return ResponseEntity.noContent().build();
    }
}
