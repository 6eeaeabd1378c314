package org.mutualis.procurement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.ProcurementThresholds;
import org.mutualis.procurement.ThresholdForm;
import org.mutualis.procurement.ThresholdView;
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

/** The dated procedure thresholds: read by all, changed by an administrator. */
@RestController
@RequestMapping("/api/thresholds")
@Tag(name = "Marchés groupés", description = "Marchés groupés, leurs règles, leurs phases et le calendrier")
class ThresholdApiController {

    private final ProcurementThresholds thresholds;
    private final FormChecks checks;

    ThresholdApiController(ProcurementThresholds thresholds, FormChecks checks) {
        this.thresholds = thresholds;
        this.checks = checks;
    }

    @GetMapping
    @Operation(summary = "Lister les seuils de procédure formalisée, datés, avec leur source juridique")
    List<ThresholdView> all() {
        return thresholds.all();
    }

    @PostMapping
    @Operation(summary = "Ajouter un seuil de procédure (administrateur)")
    ResponseEntity<ThresholdView> create(@RequestBody ThresholdForm form, CurrentUser user) {
        thresholds.requireAdmin(user);
        checks.check(form);
        ThresholdView created = thresholds.create(form, user);
        return ResponseEntity.created(URI.create("/api/thresholds/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(
            summary =
                    "Modifier un seuil de procédure avec la version lue (administrateur ; 409 si modifié entre-temps)")
    ThresholdView update(
            @PathVariable long id, @RequestParam long version, @RequestBody ThresholdForm form, CurrentUser user) {
        thresholds.get(id, user);
        checks.check(form);
        return thresholds.update(id, form, version, user);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Supprimer un seuil de procédure (administrateur)")
    ResponseEntity<Void> delete(@PathVariable long id, CurrentUser user) {
        thresholds.delete(id, user);
        return ResponseEntity.noContent().build();
    }
}
