package org.mutualis.inventory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.LifecycleForm;
import org.mutualis.inventory.LifecycleView;
import org.mutualis.inventory.Lifecycles;
import org.mutualis.inventory.domain.lifecycle.LifecycleVerdict;
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

/** The end-of-support table over HTTP. */
@RestController
@RequestMapping("/api/inventory/lifecycle")
@Tag(
        name = "Fins de support",
        description = "Les dates de fin de support des systèmes et suites bureautiques, chacune avec sa source")
class LifecycleApiController {

    private final Lifecycles lifecycles;
    private final FormChecks checks;

    LifecycleApiController(Lifecycles lifecycles, FormChecks checks) {
        this.lifecycles = lifecycles;
        this.checks = checks;
    }

    @GetMapping
    @Operation(summary = "Toute la table, avec le statut de chaque ligne aujourd’hui (tous sauf les techniciens)")
    List<LifecycleView> list(CurrentUser user) {
        return lifecycles.list(user);
    }

    @GetMapping("/status")
    @Operation(
            summary = "Le statut d’une version d’un produit à une date (aujourd’hui par défaut) : PAST (support"
                    + " terminé), ENDING (dans les 12 mois), SUPPORTED, UNKNOWN (aucune ligne), avec la ligne lue")
    LifecycleVerdict status(
            @RequestParam(required = false) @Nullable String product,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String edition,
            @RequestParam(required = false) @Nullable LocalDate date,
            CurrentUser user) {
        return lifecycles.status(product, version, edition, date, user);
    }

    @PostMapping
    @Operation(summary = "Ajouter une ligne (administrateur)")
    ResponseEntity<LifecycleView> add(@RequestBody LifecycleForm form, CurrentUser user) {
        lifecycles.forAdding(user);
        checks.check(form);
        LifecycleView added = lifecycles.add(form, user);
        return ResponseEntity.created(URI.create("/api/inventory/lifecycle/" + added.id()))
                .body(added);
    }

    @GetMapping("/{entryId}")
    @Operation(summary = "Lire une ligne")
    LifecycleView entry(@PathVariable long entryId, CurrentUser user) {
        return lifecycles.get(entryId, user);
    }

    @PutMapping("/{entryId}")
    @Operation(
            summary =
                    "Modifier une ligne avec la version lue (409 si quelqu’un l’a modifiée entre-temps ; administrateur)")
    LifecycleView update(@PathVariable long entryId, @RequestBody LifecycleForm form, CurrentUser user) {
        lifecycles.forEdit(entryId, user);
        checks.check(form);
        return lifecycles.update(entryId, form, user);
    }

    @DeleteMapping("/{entryId}")
    @Operation(summary = "Supprimer une ligne avec la version lue (administrateur)")
    ResponseEntity<Void> delete(
            @PathVariable long entryId, @RequestParam(required = false) @Nullable Long version, CurrentUser user) {
        lifecycles.delete(entryId, version, user);
        return ResponseEntity.noContent().build();
    }
}
