package org.mutualis.inventory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.CollectivityDevices;
import org.mutualis.inventory.DeviceView;
import org.mutualis.inventory.Devices;
import org.mutualis.inventory.EnrolmentForm;
import org.mutualis.inventory.EnrolmentView;
import org.mutualis.inventory.Enrolments;
import org.mutualis.inventory.ImportView;
import org.mutualis.inventory.InventoryImports;
import org.mutualis.inventory.InventorySettingsForm;
import org.mutualis.inventory.InventorySettingsView;
import org.mutualis.inventory.IssuedEnrolment;
import org.mutualis.inventory.TerritoryInventoryRow;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.web.FormChecks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The inventory over HTTP: the territory's overview, devices, enrolments, imports, delays. */
@RestController
@RequestMapping("/api/inventory")
@Tag(
        name = "Inventaire",
        description = "Les postes remontés par les agents d’inventaire (GLPI Agent, FusionInventory, OCS Inventory)"
                + " et les imports, leurs historiques, les inscriptions des agents")
class InventoryApiController {

    private final Devices devices;
    private final Enrolments enrolments;
    private final InventoryImports imports;
    private final FormChecks checks;

    InventoryApiController(Devices devices, Enrolments enrolments, InventoryImports imports, FormChecks checks) {
        this.devices = devices;
        this.enrolments = enrolments;
        this.imports = imports;
        this.checks = checks;
    }

    @GetMapping("/collectivities")
    @Operation(summary = "Les collectivités du territoire et leurs postes (récents, anciens, écartés des comptes)")
    List<TerritoryInventoryRow> overview(@RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        return devices.overview(devices.territory(territory, user), user);
    }

    @GetMapping("/collectivities/{collectivityId}")
    @Operation(
            summary = "Les postes d’une collectivité (par pages de 50, cherchés par nom ou numéro de série),"
                    + " ses inscriptions d’agents et ses imports")
    CollectivityDevices collectivity(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "1") int page,
            CurrentUser user) {
        return devices.ofCollectivity(collectivityId, q, page, user);
    }

    @GetMapping("/devices/{deviceId}")
    @Operation(summary = "Un poste : ce que dit son dernier inventaire et son historique")
    DeviceView device(@PathVariable long deviceId, CurrentUser user) {
        return devices.get(deviceId, user);
    }

    @PostMapping("/collectivities/{collectivityId}/enrolments")
    @Operation(
            summary = "Inscrire les agents d’une collectivité : l’adresse à leur donner, montrée une seule fois"
                    + " (administrateur de l’EPCI)")
    ResponseEntity<IssuedEnrolment> enrol(
            @PathVariable long collectivityId, @RequestBody EnrolmentForm form, CurrentUser user) {
        enrolments.enrollable(collectivityId, user);
        checks.check(form);
        return ResponseEntity.status(HttpStatus.CREATED).body(enrolments.issue(collectivityId, form, user));
    }

    @PostMapping("/enrolments/{enrolmentId}/revoke")
    @Operation(summary = "Révoquer une inscription : ses agents sont refusés dès leur prochain envoi")
    EnrolmentView revoke(@PathVariable long enrolmentId, CurrentUser user) {
        return enrolments.revoke(enrolmentId, user);
    }

    @PostMapping("/collectivities/{collectivityId}/imports")
    @Operation(
            summary = "Importer un fichier (GLPI Agent JSON, OCS/FusionInventory XML, export CSV de GLPI, ou un"
                    + " ZIP) : tout ou rien")
    ResponseEntity<ImportView> importFile(
            @PathVariable long collectivityId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            CurrentUser user)
            throws IOException {
        imports.target(collectivityId, user);
        if (file == null || file.isEmpty()) {
            throw new RejectedException(
                    List.of(Problem.of("file", "inventory.import.noFile")), "inventory.import.refused");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(imports.importFile(collectivityId, name, file.getBytes(), user));
    }

    @GetMapping("/settings")
    @Operation(summary = "Les délais du territoire : poste ancien après N jours, écarté des comptes après M jours")
    InventorySettingsView settings(@RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        return devices.settings(devices.territory(territory, user), user);
    }

    @PutMapping("/settings")
    @Operation(summary = "Changer les délais du territoire (administrateur de l’EPCI)")
    InventorySettingsView saveSettings(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestBody InventorySettingsForm form,
            CurrentUser user) {
        var t = devices.territory(territory, user);
        devices.requireAdministrator(user);
        checks.check(form);
        return devices.saveSettings(t, form, user);
    }
}
