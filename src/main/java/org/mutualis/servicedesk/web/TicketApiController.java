package org.mutualis.servicedesk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.ArticleSummary;
import org.mutualis.servicedesk.AttachmentView;
import org.mutualis.servicedesk.FollowUpForm;
import org.mutualis.servicedesk.FollowUpView;
import org.mutualis.servicedesk.NewTicket;
import org.mutualis.servicedesk.TicketArticles;
import org.mutualis.servicedesk.TicketChange;
import org.mutualis.servicedesk.TicketFilter;
import org.mutualis.servicedesk.TicketPage;
import org.mutualis.servicedesk.TicketSla;
import org.mutualis.servicedesk.TicketView;
import org.mutualis.servicedesk.Tickets;
import org.mutualis.servicedesk.Upload;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.shared.error.InputProblem;
import org.mutualis.shared.error.InvalidInputException;
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
import org.springframework.web.multipart.MultipartFile;

/** The service desk's tickets over HTTP, with the same rules as the pages (checked in the service). */
@RestController
@RequestMapping("/api/servicedesk")
@Tag(name = "Centre de services — demandes", description = "Demandes, suivis, pièces jointes, file des agents")
class TicketApiController {

    private final Tickets tickets;
    private final TicketArticles articles;

    TicketApiController(Tickets tickets, TicketArticles articles) {
        this.tickets = tickets;
        this.articles = articles;
    }

    /** A ticket with what its reader may see of it. */
    public record TicketJson(
            TicketView ticket,
            List<FollowUpView> followUps,
            List<AttachmentView> attachments,
            List<TicketChange> history,
            @Nullable TicketSla sla,
            List<ArticleSummary> articles) {}

    /** A ticket to open (attachments are sent afterwards, one by one). */
    public record NewTicketJson(
            @Nullable Long collectivityId,
            @Nullable Long categoryId,
            @Nullable String title,
            @Nullable String description,
            @Nullable Integer impact,
            @Nullable Integer urgency,
            @Nullable String requesterName,
            @Nullable String requesterEmail,
            @Nullable String requesterPhone) {}

    public record StatusJson(
            @Nullable String status, @Nullable Integer version) {}

    public record AssignJson(
            @Nullable Long assigneeId, @Nullable Integer version) {}

    public record PriorityJson(
            @Nullable Integer impact,
            @Nullable Integer urgency,
            @Nullable String override,
            @Nullable String reason,
            @Nullable Integer version) {}

    public record FollowUpJson(
            @Nullable String text,
            @Nullable Boolean privateNote,
            @Nullable Integer minutes) {}

    public record SatisfactionJson(
            @Nullable Integer score, @Nullable String comment) {}

    @GetMapping("/tickets")
    @Operation(
            summary = "Lister les demandes : la file du centre pour ses agents (filtres, tri par échéance), ses"
                    + " propres demandes pour un correspondant")
    TicketPage list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable List<String> status,
            @RequestParam(required = false) @Nullable Long collectivity,
            @RequestParam(required = false) @Nullable Long category,
            @RequestParam(required = false) @Nullable Long assignee,
            @RequestParam(required = false) @Nullable Integer breaching,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false, defaultValue = "1") int page,
            CurrentUser user) {
        TicketFilter filter = TicketPageController.filter(status, collectivity, category, assignee, breaching, q, page);
        return user.isCorrespondent() ? tickets.mine(filter, user) : tickets.queue(territory, filter, user);
    }

    @PostMapping("/tickets")
    @Operation(
            summary = "Ouvrir une demande (un correspondant pour l’une de ses collectivités ; un agent pour un appel"
                    + " téléphonique, avec le nom du demandeur)")
    ResponseEntity<TicketView> open(@RequestBody(required = false) @Nullable NewTicketJson body, CurrentUser user) {
        NewTicketJson b = body == null ? new NewTicketJson(null, null, null, null, null, null, null, null, null) : body;
        TicketView ticket = tickets.open(
                new NewTicket(
                        b.collectivityId() == null ? 0 : b.collectivityId(),
                        b.categoryId(),
                        b.title() == null ? "" : b.title(),
                        b.description() == null ? "" : b.description(),
                        b.impact() == null ? 3 : b.impact(),
                        b.urgency() == null ? 3 : b.urgency(),
                        b.requesterName(),
                        b.requesterEmail(),
                        b.requesterPhone()),
                List.of(),
                user);
        return ResponseEntity.created(URI.create("/api/servicedesk/tickets/" + ticket.id()))
                .body(ticket);
    }

    @GetMapping("/tickets/{ticketId}")
    @Operation(
            summary =
                    "Lire une demande, ses suivis (sans les notes privées pour le demandeur), ses pièces jointes et son historique")
    TicketJson read(@PathVariable long ticketId, CurrentUser user) {
        return new TicketJson(
                tickets.find(ticketId, user),
                tickets.followUps(ticketId, user),
                tickets.attachments(ticketId, user),
                tickets.history(ticketId, user),
                tickets.sla(ticketId, user).orElse(null),
                articles.of(ticketId, user));
    }

    @PostMapping("/tickets/{ticketId}/status")
    @Operation(summary = "Changer le statut (agents ; le demandeur rouvre ou clôt une demande résolue)")
    TicketView status(
            @PathVariable long ticketId, @RequestBody(required = false) @Nullable StatusJson body, CurrentUser user) {
        tickets.find(ticketId, user);
        StatusJson b = body == null ? new StatusJson(null, null) : body;
        return tickets.changeStatus(
                ticketId,
                TicketPageController.status(b.status() == null ? "" : b.status()),
                required(b.version(), "version"),
                user);
    }

    @PostMapping("/tickets/{ticketId}/assignee")
    @Operation(summary = "Attribuer la demande à un technicien du centre ou à l’administrateur (agents)")
    TicketView assign(
            @PathVariable long ticketId, @RequestBody(required = false) @Nullable AssignJson body, CurrentUser user) {
        tickets.forAgent(ticketId, user);
        AssignJson b = body == null ? new AssignJson(null, null) : body;
        return tickets.assign(ticketId, b.assigneeId(), required(b.version(), "version"), user);
    }

    @PostMapping("/tickets/{ticketId}/priority")
    @Operation(summary = "Changer impact et urgence, ou imposer une priorité avec sa raison (agents)")
    TicketView priority(
            @PathVariable long ticketId, @RequestBody(required = false) @Nullable PriorityJson body, CurrentUser user) {
        tickets.forAgent(ticketId, user);
        PriorityJson b = body == null ? new PriorityJson(null, null, null, null, null) : body;
        Priority override = null;
        if (b.override() != null && !b.override().isBlank()) {
            try {
                override = Priority.valueOf(b.override().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        List.of(InputProblem.of("override", "servicedesk.ticket.priority.unknown")));
            }
        }
        return tickets.prioritize(
                ticketId,
                b.impact() == null ? 0 : b.impact(),
                b.urgency() == null ? 0 : b.urgency(),
                override,
                b.reason(),
                required(b.version(), "version"),
                user);
    }

    @PostMapping("/tickets/{ticketId}/follow-ups")
    @Operation(summary = "Ajouter un suivi public, ou une note privée avec le temps passé (agents)")
    ResponseEntity<FollowUpView> followUp(
            @PathVariable long ticketId, @RequestBody(required = false) @Nullable FollowUpJson body, CurrentUser user) {
        tickets.find(ticketId, user);
        FollowUpJson b = body == null ? new FollowUpJson(null, null, null) : body;
        FollowUpView created = tickets.addFollowUp(
                ticketId,
                new FollowUpForm(
                        b.text() == null ? "" : b.text(),
                        Boolean.TRUE.equals(b.privateNote()),
                        b.minutes() == null ? 0 : b.minutes()),
                List.of(),
                user);
        return ResponseEntity.created(URI.create("/api/servicedesk/tickets/" + ticketId))
                .body(created);
    }

    @PostMapping("/tickets/{ticketId}/attachments")
    @Operation(
            summary = "Joindre un fichier (multipart, champ « file ») : type reconnu au contenu, taille limitée ;"
                    + " privé pour les agents avec privateNote=true")
    ResponseEntity<AttachmentView> attach(
            @PathVariable long ticketId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false, defaultValue = "false") boolean privateNote,
            CurrentUser user) {
        tickets.find(ticketId, user);
        List<Upload> uploads = TicketPageController.uploads(file == null ? null : List.of(file));
        if (uploads.isEmpty()) {
            throw new InvalidInputException(List.of(InputProblem.of("file", "servicedesk.attachment.required")));
        }
        AttachmentView created = tickets.attach(ticketId, uploads.get(0), privateNote, user);
        return ResponseEntity.created(URI.create("/api/servicedesk/attachments/" + created.id()))
                .body(created);
    }

    @GetMapping("/attachments/{attachmentId}")
    @Operation(summary = "Télécharger une pièce jointe (toujours en pièce jointe, avec son type reconnu)")
    ResponseEntity<byte[]> download(@PathVariable long attachmentId, CurrentUser user) {
        return TicketDownloads.of(tickets.download(attachmentId, user));
    }

    @GetMapping("/tickets/{ticketId}/articles")
    @Operation(summary = "Les articles de la base de connaissances liés à la demande (ceux que le lecteur peut lire)")
    List<ArticleSummary> articles(@PathVariable long ticketId, CurrentUser user) {
        return articles.of(ticketId, user);
    }

    @PutMapping("/tickets/{ticketId}/articles/{articleId}")
    @Operation(summary = "Lier un article du centre à la demande (agents ; le lier de nouveau ne change rien)")
    List<ArticleSummary> linkArticle(@PathVariable long ticketId, @PathVariable long articleId, CurrentUser user) {
        tickets.forAgent(ticketId, user);
        return articles.link(ticketId, articleId, user);
    }

    @DeleteMapping("/tickets/{ticketId}/articles/{articleId}")
    @Operation(summary = "Retirer le lien entre la demande et l’article (agents)")
    List<ArticleSummary> unlinkArticle(@PathVariable long ticketId, @PathVariable long articleId, CurrentUser user) {
        tickets.forAgent(ticketId, user);
        return articles.unlink(ticketId, articleId, user);
    }

    @PostMapping("/tickets/{ticketId}/satisfaction")
    @Operation(summary = "Donner sa satisfaction sur une demande résolue (le demandeur, une fois, de 1 à 5)")
    TicketView satisfaction(
            @PathVariable long ticketId,
            @RequestBody(required = false) @Nullable SatisfactionJson body,
            CurrentUser user) {
        tickets.find(ticketId, user);
        SatisfactionJson b = body == null ? new SatisfactionJson(null, null) : body;
        return tickets.rate(ticketId, b.score() == null ? 0 : b.score(), b.comment(), user);
    }

    private static int required(@Nullable Integer value, String field) {
        if (value == null) {
            throw new InvalidInputException(List.of(InputProblem.of(field, "servicedesk.ticket.number")));
        }
        return value;
    }
}
