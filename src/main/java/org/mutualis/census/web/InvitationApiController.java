package org.mutualis.census.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignInvitationView;
import org.mutualis.census.CampaignInvitations;
import org.mutualis.census.InvitationOutcome;
import org.mutualis.census.InvitationRequest;
import org.mutualis.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invitations by e-mail and reminders over HTTP, with the same rules as the page. */
@RestController
@RequestMapping("/api/campaigns/{id}")
@Tag(name = "Invitations", description = "Invitations des collectivités par e-mail et relances")
class InvitationApiController {

    private final CampaignInvitations invitations;

    InvitationApiController(CampaignInvitations invitations) {
        this.invitations = invitations;
    }

    public record InvitationWrite(
            long collectivityId, @Nullable String email) {}

    public record ReminderResult(int sent) {}

    public record BatchWrite(@Nullable List<InvitationWrite> invitations) {}

    public record BatchResult(long sent, long failed, List<InvitationOutcome> outcomes) {}

    @GetMapping("/invitations")
    @Operation(summary = "Invitations de la campagne (un correspondant ne voit que celle de sa collectivité)")
    List<CampaignInvitationView> all(@PathVariable long id, CurrentUser user) {
        return invitations.invitations(id, user);
    }

    @PostMapping("/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Invite une collectivité par e-mail (analystes, administrateurs)",
            description = "Crée le compte correspondant de l'adresse (ou le reprend s'il répond déjà pour cette"
                    + " collectivité) et envoie le message avec le lien pour choisir un mot de passe ; remplace"
                    + " l'invitation précédente de la collectivité. 400 si l'adresse est celle d'une autre"
                    + " collectivité, 502 si le message n'a pas pu partir (rien n'est alors enregistré).")
    CampaignInvitationView invite(@PathVariable long id, @RequestBody InvitationWrite body, CurrentUser user) {
        return invitations.invite(id, body.collectivityId(), body.email() == null ? "" : body.email(), user);
    }

    @PostMapping("/invitations/batch")
    @Operation(
            summary = "Invite plusieurs collectivités en une fois (analystes, administrateurs)",
            description = "Vérifie d'abord chaque ligne : si une collectivité n'est pas du territoire, revient deux"
                    + " fois ou si son adresse ne convient pas, rien n'est envoyé et la réponse 422 nomme chaque"
                    + " ligne (champ email_<collectivityId>). Sinon chaque adresse est invitée à part : une"
                    + " personne invitée pour plusieurs collectivités répond pour chacune, avec un seul lien ; le"
                    + " résultat dit, ligne par ligne, ce qui est parti (un refus du serveur de messagerie"
                    + " n'enregistre rien pour son adresse).")
    BatchResult inviteAll(@PathVariable long id, @RequestBody BatchWrite body, CurrentUser user) {
        List<InvitationRequest> rows = body.invitations() == null
                ? List.of()
                : body.invitations().stream()
                        .map(w -> new InvitationRequest(w.collectivityId(), w.email() == null ? "" : w.email()))
                        .toList();
        List<InvitationOutcome> outcomes = invitations.inviteAll(id, rows, user);
        long sent = outcomes.stream().filter(InvitationOutcome::sent).count();
        return new BatchResult(sent, outcomes.size() - sent, outcomes);
    }

    @PostMapping("/reminders")
    @Operation(
            summary = "Relance les collectivités invitées qui n'ont pas répondu (analystes, administrateurs)",
            description = "Renvoie le nombre de relances envoyées ; 502 si certaines n'ont pas pu partir.")
    ReminderResult remind(@PathVariable long id, CurrentUser user) {
        return new ReminderResult(invitations.remind(id, user));
    }
}
