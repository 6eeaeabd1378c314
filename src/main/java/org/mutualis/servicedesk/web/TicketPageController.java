package org.mutualis.servicedesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.FollowUpForm;
import org.mutualis.servicedesk.NewTicket;
import org.mutualis.servicedesk.TicketArticles;
import org.mutualis.servicedesk.TicketChoices;
import org.mutualis.servicedesk.TicketFilter;
import org.mutualis.servicedesk.TicketPage;
import org.mutualis.servicedesk.TicketView;
import org.mutualis.servicedesk.Tickets;
import org.mutualis.servicedesk.Upload;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicedesk.domain.TicketStatus;
import org.mutualis.shared.error.InputProblem;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.error.RejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket pages: the form (a correspondent's request, an agent's phone call), a ticket with its
 * follow-ups, attachments and history and the forms that change it, the download of an attachment,
 * the agents' queue with its filters, saved views and bulk assignment.
 */
@Controller
class TicketPageController {

    private static final String VIEWS = "servicedesk/tickets/";

    private final Tickets tickets;
    private final TicketArticles articles;
    private final java.time.Clock clock;

    TicketPageController(Tickets tickets, TicketArticles articles, java.time.Clock clock) {
        this.tickets = tickets;
        this.articles = articles;
        this.clock = clock;
    }

    /** The service desk's pages show times in the territory's zone. */
    @org.springframework.web.bind.annotation.ModelAttribute("zone")
    java.time.ZoneId zone() {
        return java.time.ZoneId.of("Europe/Paris");
    }

    @org.springframework.web.bind.annotation.ModelAttribute("now")
    java.time.Instant now() {
        return clock.instant();
    }

    /** The service desk's home: agents go to their queue; a correspondent sees their tickets. */
    @GetMapping("/servicedesk")
    String home(Model model, CurrentUser user) {
        if (user.isTechnician() || user.isAdministrator()) {
            return "redirect:/servicedesk/queue";
        }
        model.addAttribute("correspondent", user.isCorrespondent());
        if (user.isCorrespondent()) {
            model.addAttribute("page", tickets.mine(TicketFilter.all(), user));
        }
        return VIEWS + "home";
    }

    // --- opening ---

    @GetMapping("/servicedesk/tickets/new")
    String form(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        return form(model, tickets.choices(territory, user), List.of(), null);
    }

    private String form(Model model, TicketChoices choices, List<InputProblem> problems, @Nullable Values values) {
        model.addAttribute("choices", choices);
        model.addAttribute("problems", problems);
        model.addAttribute("values", values == null ? Values.empty() : values);
        model.addAttribute(
                "maxSize", DataSize.ofBytes(tickets.maxAttachmentSize()).toMegabytes() + " Mo");
        model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
        return VIEWS + "form";
    }

    /** The form's values, to show them again when something is refused. */
    record Values(
            @Nullable Long collectivityId,
            @Nullable Long categoryId,
            String title,
            String description,
            int impact,
            int urgency,
            String requesterName,
            String requesterEmail,
            String requesterPhone) {
        static Values empty() {
            return new Values(null, null, "", "", 3, 3, "", "", "");
        }
    }

    @PostMapping("/servicedesk/tickets")
    String open(
            @RequestParam(required = false) @Nullable Long collectivityId,
            @RequestParam(required = false) @Nullable Long categoryId,
            @RequestParam(required = false, defaultValue = "") String title,
            @RequestParam(required = false, defaultValue = "") String description,
            @RequestParam(required = false, defaultValue = "3") String impact,
            @RequestParam(required = false, defaultValue = "3") String urgency,
            @RequestParam(required = false, defaultValue = "") String requesterName,
            @RequestParam(required = false, defaultValue = "") String requesterEmail,
            @RequestParam(required = false, defaultValue = "") String requesterPhone,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect,
            CurrentUser user) {
        TicketChoices choices = tickets.choices(null, user);
        Values values = new Values(
                collectivityId,
                categoryId,
                title,
                description,
                level(impact),
                level(urgency),
                requesterName,
                requesterEmail,
                requesterPhone);
        long collectivity = collectivityId != null
                ? collectivityId
                : choices.collectivities().size() == 1
                        ? choices.collectivities().get(0).id()
                        : 0;
        try {
            TicketView ticket = tickets.open(
                    new NewTicket(
                            collectivity,
                            categoryId,
                            title,
                            description,
                            values.impact(),
                            values.urgency(),
                            requesterName,
                            requesterEmail,
                            requesterPhone),
                    uploads(files),
                    user);
            redirect.addFlashAttribute("notice", "servicedesk.tickets.form.sent");
            return "redirect:/servicedesk/tickets/" + ticket.id();
        } catch (InvalidInputException e) {
            return form(model, choices, e.inputProblems(), values);
        } catch (RejectedException e) {
            model.addAttribute("error", e);
            return form(model, choices, List.of(), values);
        }
    }

    // --- a ticket ---

    @GetMapping("/servicedesk/tickets/{ticketId}")
    String ticket(@PathVariable long ticketId, Model model, CurrentUser user) {
        TicketView ticket = tickets.find(ticketId, user);
        boolean agent = tickets.isAgent(ticket, user);
        model.addAttribute("ticket", ticket);
        model.addAttribute("agent", agent);
        model.addAttribute("requester", user.isCorrespondent() && user.isOwn(ticket.collectivityId()));
        model.addAttribute("followUps", tickets.followUps(ticketId, user));
        model.addAttribute("attachments", tickets.attachments(ticketId, user));
        model.addAttribute("history", tickets.history(ticketId, user));
        model.addAttribute("articles", articles.of(ticketId, user));
        model.addAttribute("suggestedArticles", articles.suggestions(ticket, user));
        var sla = tickets.sla(ticketId, user).orElse(null);
        model.addAttribute("sla", sla);
        model.addAttribute(
                "slaClocks",
                sla == null
                        ? List.of()
                        : List.of(Map.entry("takeCharge", sla.takeCharge()), Map.entry("resolve", sla.resolve())));
        model.addAttribute("moves", agent ? List.copyOf(ticket.status().next()) : List.of());
        model.addAttribute("assignees", agent ? tickets.assignees(ticket.centreId()) : List.of());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
        model.addAttribute(
                "maxSize", DataSize.ofBytes(tickets.maxAttachmentSize()).toMegabytes() + " Mo");
        return VIEWS + "ticket";
    }

    @PostMapping("/servicedesk/tickets/{ticketId}/follow-ups")
    String followUp(
            @PathVariable long ticketId,
            @RequestParam(required = false, defaultValue = "") String text,
            @RequestParam(required = false, defaultValue = "false") boolean privateNote,
            @RequestParam(required = false, defaultValue = "0") String minutes,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            RedirectAttributes redirect,
            CurrentUser user) {
        tickets.find(ticketId, user);
        tickets.addFollowUp(
                ticketId, new FollowUpForm(text, privateNote, number(minutes, "minutes")), uploads(files), user);
        redirect.addFlashAttribute("notice", "servicedesk.tickets.ticket.added");
        return "redirect:/servicedesk/tickets/" + ticketId;
    }

    @PostMapping("/servicedesk/tickets/{ticketId}/status")
    String status(
            @PathVariable long ticketId,
            @RequestParam(required = false, defaultValue = "") String status,
            @RequestParam(required = false, defaultValue = "-1") String version,
            RedirectAttributes redirect,
            CurrentUser user) {
        tickets.find(ticketId, user);
        tickets.changeStatus(ticketId, status(status), number(version, "version"), user);
        redirect.addFlashAttribute("notice", "servicedesk.tickets.ticket.saved");
        return "redirect:/servicedesk/tickets/" + ticketId;
    }

    @PostMapping("/servicedesk/tickets/{ticketId}/assign")
    String assign(
            @PathVariable long ticketId,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false, defaultValue = "-1") String version,
            RedirectAttributes redirect,
            CurrentUser user) {
        tickets.forAgent(ticketId, user);
        Long who = assignee == null || assignee.isBlank() ? null : (long) number(assignee, "assignee");
        tickets.assign(ticketId, who, number(version, "version"), user);
        redirect.addFlashAttribute("notice", "servicedesk.tickets.ticket.saved");
        return "redirect:/servicedesk/tickets/" + ticketId;
    }

    @PostMapping("/servicedesk/tickets/{ticketId}/priority")
    String priority(
            @PathVariable long ticketId,
            @RequestParam(required = false, defaultValue = "3") String impact,
            @RequestParam(required = false, defaultValue = "3") String urgency,
            @RequestParam(required = false, defaultValue = "") String override,
            @RequestParam(required = false, defaultValue = "") String reason,
            @RequestParam(required = false, defaultValue = "-1") String version,
            RedirectAttributes redirect,
            CurrentUser user) {
        tickets.forAgent(ticketId, user);
        Priority priority = null;
        if (!override.isBlank()) {
            try {
                priority = Priority.valueOf(override.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                priority = null;
            }
        }
        tickets.prioritize(ticketId, level(impact), level(urgency), priority, reason, number(version, "version"), user);
        redirect.addFlashAttribute("notice", "servicedesk.tickets.ticket.saved");
        return "redirect:/servicedesk/tickets/" + ticketId;
    }

    @PostMapping("/servicedesk/tickets/{ticketId}/attachments")
    String attach(
            @PathVariable long ticketId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false, defaultValue = "false") boolean privateNote,
            RedirectAttributes redirect,
            CurrentUser user) {
        tickets.find(ticketId, user);
        List<Upload> uploads = uploads(file == null ? null : List.of(file));
        if (uploads.isEmpty()) {
            throw new InvalidInputException(
                    List.of(org.mutualis.shared.error.InputProblem.of("file", "servicedesk.attachment.required")));
        }
        tickets.attach(ticketId, uploads.get(0), privateNote, user);
        redirect.addFlashAttribute("notice", "servicedesk.tickets.ticket.added");
        return "redirect:/servicedesk/tickets/" + ticketId;
    }

    @PostMapping("/servicedesk/tickets/{ticketId}/articles")
    String linkArticle(
            @PathVariable long ticketId,
            @RequestParam(required = false, defaultValue = "") String article,
            RedirectAttributes redirect,
            CurrentUser user) {
        tickets.forAgent(ticketId, user);
        articles.link(ticketId, articleNumber(article), user);
        redirect.addFlashAttribute("notice", "servicedesk.tickets.ticket.linked");
        return "redirect:/servicedesk/tickets/" + ticketId + "#articles-h";
    }

    @PostMapping("/servicedesk/tickets/{ticketId}/articles/{articleId}/unlink")
    String unlinkArticle(
            @PathVariable long ticketId, @PathVariable long articleId, RedirectAttributes redirect, CurrentUser user) {
        tickets.forAgent(ticketId, user);
        articles.unlink(ticketId, articleId, user);
        redirect.addFlashAttribute("notice", "servicedesk.tickets.ticket.unlinked");
        return "redirect:/servicedesk/tickets/" + ticketId + "#articles-h";
    }

    /** An article's number as an agent types it: « 12 » or « #12 ». */
    static long articleNumber(String typed) {
        String digits =
                typed.strip().startsWith("#") ? typed.strip().substring(1).strip() : typed.strip();
        try {
            long id = Long.parseLong(digits);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new InvalidInputException(
                List.of(org.mutualis.shared.error.InputProblem.of("article", "servicedesk.ticket.article.number")));
    }

    @PostMapping("/servicedesk/tickets/{ticketId}/satisfaction")
    String satisfaction(
            @PathVariable long ticketId,
            @RequestParam(required = false, defaultValue = "0") String score,
            @RequestParam(required = false, defaultValue = "") String comment,
            RedirectAttributes redirect,
            CurrentUser user) {
        tickets.find(ticketId, user);
        tickets.rate(ticketId, number(score, "score"), comment, user);
        redirect.addFlashAttribute("notice", "servicedesk.tickets.ticket.thanks");
        return "redirect:/servicedesk/tickets/" + ticketId;
    }

    @GetMapping("/servicedesk/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long attachmentId, CurrentUser user) {
        return TicketDownloads.of(tickets.download(attachmentId, user));
    }

    // --- the queue ---

    @GetMapping("/servicedesk/queue")
    String queue(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable List<String> status,
            @RequestParam(required = false) @Nullable Long collectivity,
            @RequestParam(required = false) @Nullable Long category,
            @RequestParam(required = false) @Nullable Long assignee,
            @RequestParam(required = false) @Nullable Integer breaching,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false, defaultValue = "1") int page,
            Model model,
            CurrentUser user) {
        TicketFilter filter = filter(status, collectivity, category, assignee, breaching, q, page);
        TicketPage found = tickets.queue(territory, filter, user);
        model.addAttribute("page", found);
        model.addAttribute("filter", filter);
        model.addAttribute("choices", tickets.choices(territory, user));
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("views", tickets.savedViews(user));
        model.addAttribute("query", query(filter));
        return VIEWS + "queue";
    }

    @PostMapping("/servicedesk/queue/assign")
    String assignAll(
            @RequestParam(name = "ticket", required = false) @Nullable List<Long> ids,
            @RequestParam(required = false, defaultValue = "-1") String assignee,
            @RequestParam(required = false, defaultValue = "") String back,
            RedirectAttributes redirect,
            CurrentUser user) {
        int done = tickets.assignAll(ids == null ? List.of() : ids, number(assignee, "assignee"), user);
        redirect.addFlashAttribute("bulkDone", done);
        return "redirect:/servicedesk/queue" + safeQuery(back);
    }

    @PostMapping("/servicedesk/queue/views")
    String saveView(
            @RequestParam(required = false, defaultValue = "") String name,
            @RequestParam(required = false, defaultValue = "") String filters,
            RedirectAttributes redirect,
            CurrentUser user) {
        String query = safeQuery(filters);
        tickets.saveView(name, query.isEmpty() ? "" : query.substring(1), user);
        return "redirect:/servicedesk/queue" + query;
    }

    @PostMapping("/servicedesk/queue/views/delete")
    String deleteView(@RequestParam(required = false, defaultValue = "0") String view, CurrentUser user) {
        tickets.savedViews(user).stream()
                .filter(v -> String.valueOf(v.id()).equals(view))
                .findFirst()
                .ifPresent(v -> tickets.deleteView(v.id(), user));
        return "redirect:/servicedesk/queue";
    }

    // --- inside ---

    static TicketFilter filter(
            @Nullable List<String> status,
            @Nullable Long collectivity,
            @Nullable Long category,
            @Nullable Long assignee,
            @Nullable Integer breaching,
            @Nullable String q,
            int page) {
        List<TicketStatus> statuses = new ArrayList<>();
        if (status != null) {
            for (String s : status) {
                try {
                    statuses.add(TicketStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    // an unknown status filters nothing
                }
            }
        }
        String words = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
        Integer hours = breaching == null ? null : Math.max(0, Math.min(breaching, 24 * 365));
        return new TicketFilter(statuses, collectivity, category, assignee, hours, words, Math.max(0, page - 1), 50);
    }

    /** The filter as a query string (for saved views and the pages' links), without the page. */
    static String query(TicketFilter filter) {
        List<String> parts = new ArrayList<>();
        filter.statuses().forEach(s -> parts.add("status=" + s.name()));
        if (filter.collectivityId() != null) {
            parts.add("collectivity=" + filter.collectivityId());
        }
        if (filter.categoryId() != null) {
            parts.add("category=" + filter.categoryId());
        }
        if (filter.assigneeId() != null) {
            parts.add("assignee=" + filter.assigneeId());
        }
        if (filter.breachingHours() != null) {
            parts.add("breaching=" + filter.breachingHours());
        }
        if (filter.words() != null) {
            parts.add("q=" + java.net.URLEncoder.encode(filter.words(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    /** A query string of the queue's own filters only, never a way to redirect elsewhere. */
    static String safeQuery(String query) {
        String q = query.startsWith("?") ? query.substring(1) : query;
        if (q.isBlank() || q.length() > 2000 || !q.matches("[A-Za-z0-9_=&%+.\\-]*")) {
            return "";
        }
        return "?" + q;
    }

    static List<Upload> uploads(@Nullable List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            if (file == null
                    || file.isEmpty()
                            && (file.getOriginalFilename() == null
                                    || file.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                uploads.add(new Upload(
                        file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }

    static int level(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static int number(String value, String field) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    List.of(org.mutualis.shared.error.InputProblem.of(field, "servicedesk.ticket.number")));
        }
    }

    static TicketStatus status(String value) {
        try {
            return TicketStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    List.of(org.mutualis.shared.error.InputProblem.of("status", "servicedesk.ticket.status.unknown")));
        }
    }
}
