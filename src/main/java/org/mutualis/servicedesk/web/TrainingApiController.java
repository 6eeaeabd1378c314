package org.mutualis.servicedesk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.TrainingAttendanceForm;
import org.mutualis.servicedesk.TrainingDays;
import org.mutualis.servicedesk.TrainingNeedAnswerForm;
import org.mutualis.servicedesk.TrainingNeedForm;
import org.mutualis.servicedesk.TrainingNeedView;
import org.mutualis.servicedesk.TrainingNeeds;
import org.mutualis.servicedesk.TrainingRegistrationForm;
import org.mutualis.servicedesk.TrainingRegistrationView;
import org.mutualis.servicedesk.TrainingSessionForm;
import org.mutualis.servicedesk.TrainingSessionList;
import org.mutualis.servicedesk.TrainingSessionPage;
import org.mutualis.servicedesk.TrainingSessionView;
import org.mutualis.servicedesk.Trainings;
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

/** The service centre's trainings over HTTP: sessions, registrations and waiting list, attendance, needs. */
@RestController
@RequestMapping("/api/servicedesk/trainings")
@Tag(
        name = "Formations",
        description = "Sessions de formation du centre de services, inscriptions, liste d’attente, présences,"
                + " attestations et besoins des communes")
class TrainingApiController {

    private final Trainings trainings;
    private final FormChecks checks;

    TrainingApiController(Trainings trainings, FormChecks checks) {
        this.trainings = trainings;
        this.checks = checks;
    }

    // --- sessions ---

    @GetMapping
    @Operation(
            summary = "Lister les sessions du centre de services : à venir (les plus proches d’abord) et passées,"
                    + " une page de chaque")
    TrainingSessionList sessions(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "1") int past,
            CurrentUser user) {
        return trainings.sessions(territory, page, past, user);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Lire une session, avec les inscriptions que le lecteur peut suivre (un correspondant :"
                    + " celles de ses collectivités)")
    TrainingSessionPage session(@PathVariable long id, CurrentUser user) {
        return trainings.sessionPage(id, user);
    }

    @PostMapping
    @Operation(summary = "Planifier une session (agents du centre : administrateur, techniciens)")
    ResponseEntity<TrainingSessionView> create(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestBody TrainingSessionForm form,
            CurrentUser user) {
        trainings.forPlanning(territory, user);
        checks.check(form);
        TrainingSessionView created = trainings.create(territory, form, user);
        return ResponseEntity.created(URI.create("/api/servicedesk/trainings/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Modifier une session avec la version lue (409 si quelqu’un l’a modifiée entre-temps) ;"
                    + " une capacité plus grande donne les places libres à la liste d’attente, dans l’ordre")
    TrainingSessionView update(@PathVariable long id, @RequestBody TrainingSessionForm form, CurrentUser user) {
        trainings.forEdit(id, user);
        checks.check(form);
        return trainings.update(id, form, user);
    }

    // --- registrations ---

    @GetMapping("/{id}/registrations")
    @Operation(
            summary = "Lister les inscriptions d’une session (un correspondant : celles de ses collectivités),"
                    + " dans l’ordre d’inscription, avec le rang sur la liste d’attente")
    List<TrainingRegistrationView> registrations(@PathVariable long id, CurrentUser user) {
        return trainings.registrations(id, user);
    }

    @PostMapping("/{id}/registrations")
    @Operation(
            summary = "Inscrire une personne d’une collectivité (correspondants pour leur collectivité, agents pour"
                    + " toute collectivité servie) : une place si elle est libre, sinon la liste d’attente")
    ResponseEntity<TrainingRegistrationView> register(
            @PathVariable long id, @RequestBody TrainingRegistrationForm form, CurrentUser user) {
        trainings.registrations(id, user);
        checks.check(form);
        TrainingRegistrationView created = trainings.register(id, form, user);
        return ResponseEntity.created(URI.create("/api/servicedesk/trainings/" + id + "/registrations/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}/registrations/{registrationId}")
    @Operation(summary = "Lire une inscription (son correspondant et les agents du centre)")
    TrainingRegistrationView registration(@PathVariable long id, @PathVariable long registrationId, CurrentUser user) {
        return trainings.registration(id, registrationId, user);
    }

    @PostMapping("/{id}/registrations/{registrationId}/cancel")
    @Operation(
            summary = "Annuler une inscription avant la session ; la première personne en attente prend la place"
                    + " (son correspondant est prévenu par courriel)")
    TrainingRegistrationView cancel(@PathVariable long id, @PathVariable long registrationId, CurrentUser user) {
        return trainings.cancel(id, registrationId, user);
    }

    @GetMapping("/{id}/registrations/{registrationId}/certificate.pdf")
    @Operation(summary = "L’attestation de présence (PDF) d’une personne présente")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long registrationId, CurrentUser user) {
        return TrainingPageController.pdf(
                trainings.certificate(id, registrationId, user), "attestation-presence-" + registrationId);
    }

    // --- attendance ---

    @PutMapping("/{id}/attendance")
    @Operation(
            summary = "Saisir les présences (agents, une fois la session commencée) : présent ou absent par"
                    + " inscription ayant une place ; la session passe à « tenue »")
    TrainingSessionPage attendance(@PathVariable long id, @RequestBody TrainingAttendanceForm form, CurrentUser user) {
        trainings.forEdit(id, user);
        checks.check(form);
        return trainings.attendance(id, form, user);
    }

    @GetMapping("/days")
    @Operation(summary = "Les journées de formation suivies par collectivité sur une année (agents du centre)")
    TrainingDays days(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        return trainings.days(territory, year, user);
    }

    // --- needs ---

    @GetMapping("/needs")
    @Operation(
            summary = "Les besoins de formation : tous, regroupés par thème, pour les agents ; ceux de ses"
                    + " collectivités pour un correspondant")
    TrainingNeeds needs(@RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        return trainings.needs(territory, user);
    }

    @PostMapping("/needs")
    @Operation(summary = "Exprimer un besoin de formation d’une collectivité : thème, nombre de personnes, commentaire")
    ResponseEntity<TrainingNeedView> submitNeed(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestBody TrainingNeedForm form,
            CurrentUser user) {
        trainings.needs(territory, user);
        checks.check(form);
        TrainingNeedView created = trainings.submitNeed(territory, form, user);
        return ResponseEntity.created(URI.create("/api/servicedesk/trainings/needs"))
                .body(created);
    }

    @PutMapping("/needs/{needId}/answer")
    @Operation(summary = "Marquer un besoin comme satisfait par une session (sans session : le rouvrir ; agents)")
    TrainingNeedView answerNeed(@PathVariable long needId, @RequestBody TrainingNeedAnswerForm form, CurrentUser user) {
        return trainings.answerNeed(needId, form, user);
    }
}
