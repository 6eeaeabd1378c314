package org.mutualis.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.mutualis.identity.CurrentUser;
import org.mutualis.programme.BodyForm;
import org.mutualis.programme.BodyView;
import org.mutualis.programme.DecisionForm;
import org.mutualis.programme.DecisionView;
import org.mutualis.programme.DeliberationForm;
import org.mutualis.programme.DeliberationNumberForm;
import org.mutualis.programme.DeliberationView;
import org.mutualis.programme.Governance;
import org.mutualis.programme.MeetingForm;
import org.mutualis.programme.MeetingMinutes;
import org.mutualis.programme.MeetingView;
import org.mutualis.programme.MemberForm;
import org.mutualis.programme.MemberView;
import org.mutualis.shared.ListPage;
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

/** A programme's governance over HTTP: bodies and members, meetings, the decisions register, deliberations. */
@RestController
@RequestMapping("/api/programmes/{id}")
@Tag(name = "Gouvernance", description = "Instances, membres, réunions, registre des décisions et délibérations")
class GovernanceApiController {

    private final Governance governance;
    private final FormChecks checks;

    GovernanceApiController(Governance governance, FormChecks checks) {
        this.governance = governance;
        this.checks = checks;
    }

    /** The register as the API gives it: a page of decisions and the deliberations the reader may see. */
    public record RegisterJson(ListPage<DecisionView> decisions, List<DeliberationView> deliberations) {}

    // --- bodies and members ---

    @GetMapping("/bodies")
    @Operation(summary = "Lister les instances du programme et leurs membres")
    List<BodyView> bodies(@PathVariable long id, CurrentUser user) {
        return governance.bodies(id, user);
    }

    @GetMapping("/bodies/{bodyId}")
    @Operation(summary = "Lire une instance, ses membres et ce qui manque à un comité de pilotage pour se réunir")
    BodyView body(@PathVariable long id, @PathVariable long bodyId, CurrentUser user) {
        return governance.body(id, bodyId, user);
    }

    @PostMapping("/bodies")
    @Operation(summary = "Créer une instance (administrateur, analyste)")
    ResponseEntity<BodyView> createBody(@PathVariable long id, @RequestBody BodyForm form, CurrentUser user) {
        governance.forEdit(id, user);
        checks.check(form);
        BodyView created = governance.createBody(id, form, user);
        return ResponseEntity.created(URI.create("/api/programmes/" + id + "/bodies/" + created.id()))
                .body(created);
    }

    @PutMapping("/bodies/{bodyId}")
    @Operation(summary = "Modifier une instance (administrateur, analyste)")
    BodyView updateBody(
            @PathVariable long id, @PathVariable long bodyId, @RequestBody BodyForm form, CurrentUser user) {
        governance.forEdit(id, user);
        governance.body(id, bodyId, user);
        checks.check(form);
        return governance.updateBody(id, bodyId, form, user);
    }

    @DeleteMapping("/bodies/{bodyId}")
    @Operation(
            summary = "Supprimer une instance, ses membres, ses réunions et ses décisions (administrateur, analyste)")
    ResponseEntity<Void> deleteBody(@PathVariable long id, @PathVariable long bodyId, CurrentUser user) {
        governance.deleteBody(id, bodyId, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/bodies/{bodyId}/members")
    @Operation(
            summary = "Ajouter un membre : un compte ou une personne nommée, avec sa collectivité (du territoire du"
                    + " programme) et son rôle")
    ResponseEntity<MemberView> addMember(
            @PathVariable long id, @PathVariable long bodyId, @RequestBody MemberForm form, CurrentUser user) {
        governance.forEdit(id, user);
        governance.body(id, bodyId, user);
        checks.check(form);
        MemberView added = governance.addMember(id, bodyId, form, user);
        return ResponseEntity.created(URI.create("/api/programmes/" + id + "/bodies/" + bodyId))
                .body(added);
    }

    @DeleteMapping("/bodies/{bodyId}/members/{memberId}")
    @Operation(summary = "Retirer un membre d’une instance (administrateur, analyste)")
    ResponseEntity<Void> removeMember(
            @PathVariable long id, @PathVariable long bodyId, @PathVariable long memberId, CurrentUser user) {
        governance.removeMember(id, bodyId, memberId, user);
        return ResponseEntity.noContent().build();
    }

    // --- meetings ---

    @GetMapping("/meetings")
    @Operation(summary = "Lister les réunions du programme, avec leurs présences, par date")
    List<MeetingView> meetings(@PathVariable long id, CurrentUser user) {
        return governance.meetings(id, user);
    }

    @GetMapping("/meetings/{meetingId}")
    @Operation(summary = "Lire une réunion : ordre du jour, compte rendu, présences et décisions prises")
    MeetingMinutes meeting(@PathVariable long id, @PathVariable long meetingId, CurrentUser user) {
        return governance.minutes(id, meetingId, user);
    }

    @PostMapping("/bodies/{bodyId}/meetings")
    @Operation(
            summary = "Prévoir une réunion d’une instance (date et heure de Paris) ; un comité de pilotage sans"
                    + " coordonnateur du marché ni responsable de groupe ne peut pas être réuni")
    ResponseEntity<MeetingView> createMeeting(
            @PathVariable long id, @PathVariable long bodyId, @RequestBody MeetingForm form, CurrentUser user) {
        governance.forEdit(id, user);
        governance.body(id, bodyId, user);
        checks.check(form);
        MeetingView created = governance.createMeeting(id, bodyId, form, user);
        return ResponseEntity.created(URI.create("/api/programmes/" + id + "/meetings/" + created.id()))
                .body(created);
    }

    @PutMapping("/meetings/{meetingId}")
    @Operation(
            summary = "Modifier une réunion, son compte rendu et ses présences avec la version lue (409 si quelqu’un"
                    + " l’a modifiée entre-temps)")
    MeetingView updateMeeting(
            @PathVariable long id, @PathVariable long meetingId, @RequestBody MeetingForm form, CurrentUser user) {
        governance.forEdit(id, user);
        governance.meeting(id, meetingId, user);
        checks.check(form);
        return governance.updateMeeting(id, meetingId, form, user);
    }

    @DeleteMapping("/meetings/{meetingId}")
    @Operation(summary = "Supprimer une réunion ; ses décisions restent au registre (administrateur, analyste)")
    ResponseEntity<Void> deleteMeeting(@PathVariable long id, @PathVariable long meetingId, CurrentUser user) {
        governance.deleteMeeting(id, meetingId, user);
        return ResponseEntity.noContent().build();
    }

    // --- decisions and deliberations ---

    @GetMapping("/decisions")
    @Operation(
            summary = "Le registre des décisions (par page, les plus récentes d’abord) et les délibérations des"
                    + " conseils (un correspondant : celles de sa collectivité)")
    RegisterJson register(@PathVariable long id, @RequestParam(defaultValue = "1") int page, CurrentUser user) {
        var register = governance.register(id, page, user);
        return new RegisterJson(register.decisions(), register.deliberations());
    }

    @GetMapping("/decisions/{decisionId}")
    @Operation(summary = "Lire une décision du registre")
    DecisionView decision(@PathVariable long id, @PathVariable long decisionId, CurrentUser user) {
        return governance.decision(id, decisionId, user);
    }

    @PostMapping("/decisions")
    @Operation(summary = "Inscrire une décision au registre (administrateur, analyste)")
    ResponseEntity<DecisionView> createDecision(
            @PathVariable long id, @RequestBody DecisionForm form, CurrentUser user) {
        governance.forEdit(id, user);
        checks.check(form);
        DecisionView created = governance.createDecision(id, form, user);
        return ResponseEntity.created(URI.create("/api/programmes/" + id + "/decisions/" + created.id()))
                .body(created);
    }

    @PutMapping("/decisions/{decisionId}")
    @Operation(summary = "Modifier une décision du registre (administrateur, analyste)")
    DecisionView updateDecision(
            @PathVariable long id, @PathVariable long decisionId, @RequestBody DecisionForm form, CurrentUser user) {
        governance.forEdit(id, user);
        governance.decision(id, decisionId, user);
        checks.check(form);
        return governance.updateDecision(id, decisionId, form, user);
    }

    @DeleteMapping("/decisions/{decisionId}")
    @Operation(summary = "Retirer une décision du registre (administrateur, analyste)")
    ResponseEntity<Void> deleteDecision(@PathVariable long id, @PathVariable long decisionId, CurrentUser user) {
        governance.deleteDecision(id, decisionId, user);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/deliberations/numbers")
    @Operation(
            summary = "Saisir le numéro de la délibération d’une collectivité adhérant à un marché groupé du"
                    + " programme (vide : l’effacer)")
    ResponseEntity<Void> number(@PathVariable long id, @RequestBody DeliberationNumberForm form, CurrentUser user) {
        governance.forEdit(id, user);
        checks.check(form);
        governance.number(id, form, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/deliberations")
    @Operation(summary = "Enregistrer la délibération d’une collectivité adhérant à une convention")
    ResponseEntity<DeliberationView> recordDeliberation(
            @PathVariable long id, @RequestBody DeliberationForm form, CurrentUser user) {
        governance.forEdit(id, user);
        checks.check(form);
        DeliberationView created = governance.recordDeliberation(id, form, user);
        return ResponseEntity.created(URI.create("/api/programmes/" + id + "/decisions"))
                .body(created);
    }

    @DeleteMapping("/deliberations/{deliberationId}")
    @Operation(summary = "Supprimer une délibération enregistrée à la main (administrateur, analyste)")
    ResponseEntity<Void> deleteDeliberation(
            @PathVariable long id, @PathVariable long deliberationId, CurrentUser user) {
        governance.deleteDeliberation(id, deliberationId, user);
        return ResponseEntity.noContent().build();
    }
}
