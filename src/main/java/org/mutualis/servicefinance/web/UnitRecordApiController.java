package org.mutualis.servicefinance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.ManualUnitForm;
import org.mutualis.servicefinance.UnitLine;
import org.mutualis.servicefinance.UnitRecords;
import org.mutualis.servicefinance.UnitRecordsView;
import org.mutualis.shared.web.FormChecks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The units of operation recorded for each collectivité over HTTP. */
@RestController
@RequestMapping("/api/servicefinance")
@Tag(
        name = "Unités de fonctionnement constatées",
        description = "Les unités constatées par collectivité et par année, chacune avec sa ligne d’origine"
                + " (demande, séance de formation, recensement, saisie justifiée)")
class UnitRecordApiController {

    private final UnitRecords records;
    private final FormChecks checks;

    UnitRecordApiController(UnitRecords records, FormChecks checks) {
        this.records = records;
        this.checks = checks;
    }

    @GetMapping("/collectivities/{collectivityId}/units")
    @Operation(
            summary = "Les unités constatées d’une collectivité pour une année (cette année par défaut), ligne par"
                    + " ligne, les totaux par service et les unités inconnues (un correspondant : la sienne)")
    UnitRecordsView units(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        return records.of(collectivityId, year, user);
    }

    @PostMapping("/collectivities/{collectivityId}/units")
    @Operation(
            summary = "Saisir des unités à la main pour une collectivité, avec leur justification (administrateur"
                    + " de l’EPCI)")
    ResponseEntity<UnitLine> add(
            @PathVariable long collectivityId, @RequestBody ManualUnitForm form, CurrentUser user) {
        records.manualTarget(collectivityId, user);
        checks.check(form);
        return ResponseEntity.status(HttpStatus.CREATED).body(records.addManual(collectivityId, form, user));
    }

    @DeleteMapping("/units/{manualId}")
    @Operation(summary = "Retirer une saisie manuelle d’unités (administrateur de l’EPCI)")
    ResponseEntity<Void> remove(@PathVariable long manualId, CurrentUser user) {
        records.removeManual(manualId, user);
        return ResponseEntity.noContent().build();
    }
}
