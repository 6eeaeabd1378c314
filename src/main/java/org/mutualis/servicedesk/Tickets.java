package org.mutualis.servicedesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.Mails;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.ServiceCentres.CategoryView;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.domain.FileSniffer;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicedesk.domain.PriorityMatrix;
import org.mutualis.servicedesk.domain.TicketStatus;
import org.mutualis.servicedesk.persistence.TicketStore;
import org.mutualis.servicedesk.persistence.TicketStore.AccountRow;
import org.mutualis.servicedesk.persistence.TicketStore.StoredAttachment;
import org.mutualis.shared.Columns;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.InputProblem;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * The service desk's tickets: opened by a correspondent (web), by an agent for a phone call, or
 * by e-mail (the mail intake calls {@link #openFromMail} and {@link #replyFromMail}); their
 * statuses, assignment, priority, follow-ups and private notes, attachments (type sniffed from
 * the content), satisfaction, history; the agents' queue and the correspondents' lists.
 *
 * <p>Who may: a ticket is read by the centre's agents and by its collectivité's own correspondent;
 * anyone else is told it does not exist (404). Private notes and their attachments are the agents'
 * only. Changing the status (but reopening or closing a solved ticket), the assignment and the
 * priority is the agents' work (403 for a requester). Every change is in the history; a stale
 * version is a 409 and overwrites nothing.
 */
@Service
@Transactional(readOnly = true)
public class Tickets {

    private static final Logger log = LoggerFactory.getLogger(Tickets.class);

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 20_000;
    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 254;
    static final int PHONE_MAX = 40;
    static final int REASON_MAX = 500;
    static final int COMMENT_MAX = 2000;
    static final int FILES_MAX = 10;

    private final TicketStore store;
    private final ServiceCentres centres;
    private final Territories territories;
    private final Accounts accounts;
    private final Mails mails;
    private final Clock clock;
    private final long maxSize;
    private final @Nullable Path directory;

    /**
     * Notifications leave on one background thread, in order, after the commit: a slow or absent
     * mail server never slows the opening of a ticket nor fails it.
     */
    private final java.util.concurrent.ExecutorService outbox =
            java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "servicedesk-mails");
                thread.setDaemon(true);
                return thread;
            });

    Tickets(
            TicketStore store,
            ServiceCentres centres,
            Territories territories,
            Accounts accounts,
            Mails mails,
            Clock clock,
            @Value("${mutualis.servicedesk.attachments.max-size:10MB}") DataSize maxSize,
            @Value("${mutualis.servicedesk.attachments.directory:}") String directory) {
        this.store = store;
        this.centres = centres;
        this.territories = territories;
        this.accounts = accounts;
        this.mails = mails;
        this.clock = clock;
        this.maxSize = maxSize.toBytes();
        this.directory = directory.isBlank() ? null : Path.of(directory);
    }

    /**
     * The tickets of one collectivité in one category opened from {@code from} (included) to {@code to} (excluded) (days of the centre's
     * calendar, as the dashboards count them), oldest first, each with the minutes its follow-ups
     * record: what other modules count as the service's work (the cost sharing's tickets and hours
     * of intervention). No access check: the caller checks its own readers.
     */
    public List<TicketWork> workFor(
            long centreId, long collectivityId, long categoryId, java.time.LocalDate from, java.time.LocalDate to) {
        return store.work(centreId, collectivityId, categoryId, from.atStartOfDay(), to.atStartOfDay()).stream()
                .map(r -> new TicketWork(r.ticketId(), r.openedAt().toLocalDate(), r.minutes()))
                .toList();
    }

    /** The largest attachment accepted, in bytes. */
    public long maxAttachmentSize() {
        return maxSize;
    }

    // --- opening ---

    /**
     * Opens a ticket from the web form (a correspondent, for one of their collectivités) or for a
     * phone call (an agent of the centre serving the collectivité, with the caller's name).
     *
     * @throws ForbiddenException when this person may not open a ticket for this collectivité
     * @throws InvalidInputException listing every field problem; nothing is stored
     * @throws RejectedException when an attachment is too large or of a refused type; nothing is stored
     */
    @Transactional
    public TicketView open(NewTicket form, List<Upload> uploads, CurrentUser user) {
        if (!user.isCorrespondent() && !user.isTechnician() && !user.isAdministrator()) {
            throw new ForbiddenException("servicedesk.ticket.open.forbidden");
        }
        CollectivityView collectivity = territories
                .collectivity(form.collectivityId())
                .orElseThrow(() -> new NotFoundException("servicedesk.ticket.collectivity.notfound"));
        CentreView centre = centres.ofTerritory(collectivity.territoryId());
        boolean agent = centres.isAgent(user, centre.id());
        if (!agent && !(user.isCorrespondent() && user.isOwn(collectivity.id()))) {
            throw new ForbiddenException("servicedesk.ticket.open.forbidden");
        }
        List<InputProblem> problems = new ArrayList<>();
        String requesterName;
        @Nullable String requesterEmail;
        @Nullable String requesterPhone = blankToNull(form.requesterPhone());
        if (agent) {
            requesterName =
                    form.requesterName() == null ? "" : form.requesterName().strip();
            requesterEmail = blankToNull(form.requesterEmail());
            if (requesterName.isEmpty()) {
                problems.add(InputProblem.of("requesterName", "servicedesk.ticket.requester.required"));
            }
        } else {
            requesterName = user.displayName();
            requesterEmail = blankToNull(form.requesterEmail());
            if (requesterEmail == null && user.username().contains("@")) {
                requesterEmail = user.username();
            }
        }
        checkText(problems, "requesterName", requesterName, NAME_MAX);
        checkEmail(problems, requesterEmail);
        if (requesterPhone != null) {
            checkText(problems, "requesterPhone", requesterPhone, PHONE_MAX);
        }
        checkTicket(
                problems,
                centre.id(),
                form.categoryId(),
                form.title(),
                form.description(),
                form.impact(),
                form.urgency());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Checked> files = check(uploads);
        TicketView ticket = insert(
                centre,
                collectivity.id(),
                agent ? null : user.id(),
                requesterName,
                requesterEmail,
                requesterPhone,
                agent ? TicketChannel.PHONE : TicketChannel.WEB,
                form.categoryId(),
                form.title().strip(),
                form.description().strip(),
                form.impact(),
                form.urgency(),
                user.id(),
                user.displayName(),
                files);
        notifyOpened(ticket);
        return ticket;
    }

    /**
     * Opens a ticket from an e-mail to the centre's mailbox (channel MAIL, impact and urgency 3).
     * The caller (the mail intake) has matched the sender to the collectivité.
     *
     * @throws NotFoundException when the centre or the collectivité is unknown
     * @throws ForbiddenException when the centre does not serve this collectivité
     * @throws InvalidInputException when the title, text or sender is refused; nothing is stored
     * @throws RejectedException when an attachment is too large or of a refused type; nothing is stored
     */
    @Transactional
    public TicketView openFromMail(
            long centreId,
            long collectivityId,
            @Nullable Long requesterAccountId,
            String requesterName,
            String requesterEmail,
            String title,
            String description,
            List<Upload> attachments) {
        CentreView centre = centres.find(centreId);
        CollectivityView collectivity = territories
                .collectivity(collectivityId)
                .orElseThrow(() -> new NotFoundException("servicedesk.ticket.collectivity.notfound"));
        if (collectivity.territoryId() != centre.territoryId()) {
            throw new ForbiddenException("servicedesk.ticket.collectivity.notserved");
        }
        List<InputProblem> problems = new ArrayList<>();
        String name = requesterName == null || requesterName.isBlank() ? requesterEmail : requesterName.strip();
        checkText(problems, "requesterName", name, NAME_MAX);
        checkEmail(problems, requesterEmail);
        String subject = title == null || title.isBlank() ? "(sans objet)" : title.strip();
        if (subject.length() > TITLE_MAX) {
            subject = subject.substring(0, TITLE_MAX - 1) + "…";
        }
        String text = description == null || description.isBlank() ? "(message vide)" : description.strip();
        checkTicket(problems, centreId, null, subject, text, 3, 3);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Checked> files = check(attachments);
        TicketView ticket = insert(
                centre,
                collectivityId,
                requesterAccountId,
                name,
                requesterEmail,
                null,
                TicketChannel.MAIL,
                null,
                subject,
                text,
                3,
                3,
                requesterAccountId,
                name,
                files);
        notifyOpened(ticket);
        return ticket;
    }

    /**
     * A reply by e-mail to a ticket: a public follow-up. From the requester, it reopens a solved
     * ticket and resumes one waiting for them; the assignee is told.
     *
     * @throws NotFoundException when there is no such ticket
     * @throws ForbiddenException when the sender is neither the ticket's requester (by e-mail) nor an
     *     account that may follow the ticket
     * @throws ConflictException when the ticket is closed
     * @throws RejectedException when an attachment is refused; nothing is stored
     */
    @Transactional
    public TicketView replyFromMail(
            long ticketId, @Nullable Long requesterAccountId, String fromEmail, String text, List<Upload> attachments) {
        TicketView ticket = store.find(ticketId)
                .orElseThrow(() -> new NotFoundException("servicedesk.ticket.notfound", String.valueOf(ticketId)));
        boolean requester = ticket.requesterEmail() != null
                        && fromEmail != null
                        && ticket.requesterEmail().equalsIgnoreCase(fromEmail.strip())
                || requesterAccountId != null && requesterAccountId.equals(ticket.requesterAccountId());
        Optional<CurrentUser> account = requesterAccountId == null ? Optional.empty() : accountUser(requesterAccountId);
        boolean agent = account.map(a -> centres.isAgent(a, ticket.centreId())).orElse(false);
        boolean follower = account.map(a -> centres.mayFollow(a, ticket.centreId(), ticket.collectivityId()))
                .orElse(false);
        if (!requester && !follower) {
            throw new ForbiddenException("servicedesk.ticket.mail.sender");
        }
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new ConflictException("servicedesk.ticket.closed", String.valueOf(ticketId));
        }
        List<InputProblem> problems = new ArrayList<>();
        String body = text == null || text.isBlank() ? "(message vide)" : text.strip();
        checkText(problems, "text", body, TEXT_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Checked> files = check(attachments);
        String authorName = account.map(CurrentUser::displayName).orElse(ticket.requesterName());
        Actor actor = new Actor(requesterAccountId, authorName);
        boolean fromRequester = !agent;
        addPublic(ticket, actor, fromRequester, body, 0, files);
        return store.find(ticketId).orElseThrow();
    }

    /** A ticket as the mail intake needs it to thread a reply, without any reader's check. */
    public Optional<TicketView> findForMail(long ticketId) {
        return store.find(ticketId);
    }

    /**
     * What the ticket form and the queue's filters offer: a correspondent's collectivités, or
     * every collectivité the agent's centre serves; the centre's active categories and agents.
     *
     * @throws ForbiddenException when this person neither opens nor works tickets
     */
    public TicketChoices choices(@Nullable Long territory, CurrentUser user) {
        if (!user.isCorrespondent() && !user.isTechnician() && !user.isAdministrator()) {
            throw new ForbiddenException("servicedesk.ticket.open.forbidden");
        }
        CentreView centre = centres.forUser(territory, user);
        boolean agent = centres.isAgent(user, centre.id());
        boolean many = agent && centres.memberCount(centre) > TicketChoices.LISTED;
        List<CollectivityView> collectivities = many
                ? List.of()
                : agent
                        ? territories.collectivities(centre.territoryId())
                        : territories.collectivities(user.collectivityIds());
        return new TicketChoices(
                centre,
                agent,
                collectivities,
                centres.categories(centre.id()).stream()
                        .filter(CategoryView::active)
                        .toList(),
                agent ? assignees(centre.id()) : List.of(),
                many);
    }

    // --- reading ---

    /** @throws NotFoundException when there is no such ticket or this person may not read it */
    public TicketView find(long ticketId, CurrentUser user) {
        TicketView ticket = store.find(ticketId)
                .orElseThrow(() -> new NotFoundException("servicedesk.ticket.notfound", String.valueOf(ticketId)));
        if (!centres.mayFollow(user, ticket.centreId(), ticket.collectivityId())) {
            throw new NotFoundException("servicedesk.ticket.notfound", String.valueOf(ticketId));
        }
        return ticket;
    }

    /**
     * A ticket for an agent's work: 403 for anyone who is no agent at all, 404 for an unknown
     * ticket or one of another centre.
     */
    public TicketView forAgent(long ticketId, CurrentUser user) {
        requireSomeAgent(user);
        return agentTicket(ticketId, user);
    }

    /** Whether this person works the ticket (sees private notes, changes status, assigns). */
    public boolean isAgent(TicketView ticket, CurrentUser user) {
        return centres.isAgent(user, ticket.centreId());
    }

    /** The follow-ups this person may read: a requester never gets the private notes. */
    public List<FollowUpView> followUps(long ticketId, CurrentUser user) {
        TicketView ticket = find(ticketId, user);
        return store.followUps(ticketId, isAgent(ticket, user));
    }

    public List<AttachmentView> attachments(long ticketId, CurrentUser user) {
        TicketView ticket = find(ticketId, user);
        return store.attachments(ticketId, isAgent(ticket, user));
    }

    /**
     * Every change of the ticket. A requester does not get the agents' side of it: that a private
     * note was added, or which article was linked (an article may be the agents' only; the ones
     * she may read are listed on the ticket).
     */
    public List<TicketChange> history(long ticketId, CurrentUser user) {
        TicketView ticket = find(ticketId, user);
        boolean agent = isAgent(ticket, user);
        return store.history(ticketId).stream()
                .filter(c -> agent || !(c.field().equals("note") || c.field().equals("article")))
                .toList();
    }

    /** Who the ticket may be assigned to. */
    public List<Assignee> assignees(long centreId) {
        return store.assignable(centreId).stream()
                .map(a -> new Assignee(a.id(), a.displayName()))
                .toList();
    }

    /**
     * An attachment's bytes.
     *
     * @throws NotFoundException when there is no such attachment, or this person may not read its
     *     ticket, or it belongs to a private note and they are not an agent
     */
    public AttachmentContent download(long attachmentId, CurrentUser user) {
        StoredAttachment stored = store.attachment(attachmentId)
                .orElseThrow(
                        () -> new NotFoundException("servicedesk.attachment.notfound", String.valueOf(attachmentId)));
        TicketView ticket;
        try {
            ticket = find(stored.ticketId(), user);
        } catch (NotFoundException e) {
            throw new NotFoundException("servicedesk.attachment.notfound", String.valueOf(attachmentId));
        }
        if (stored.privateNote() && !isAgent(ticket, user)) {
            throw new NotFoundException("servicedesk.attachment.notfound", String.valueOf(attachmentId));
        }
        byte[] content = stored.content();
        if (content == null) {
            if (directory == null || stored.storedName() == null) {
                throw new NotFoundException("servicedesk.attachment.notfound", String.valueOf(attachmentId));
            }
            try {
                content = Files.readAllBytes(directory.resolve(stored.storedName()));
            } catch (IOException e) {
                throw new NotFoundException("servicedesk.attachment.notfound", String.valueOf(attachmentId));
            }
        }
        return new AttachmentContent(stored.filename(), stored.mediaType(), content);
    }

    /**
     * The ticket's SLA clocks now, with their histories.
     *
     * @throws NotFoundException when there is no such ticket or this person may not read it
     */
    public Optional<TicketSla> sla(long ticketId, CurrentUser user) {
        TicketView ticket = find(ticketId, user);
        return clocks(ticket.id(), ticket.centreId())
                .map(c -> new TicketSla(clock(c.takeCharge()), clock(c.resolve())));
    }

    private static TicketSla.Clock clock(org.mutualis.servicedesk.domain.sla.SlaState state) {
        return new TicketSla.Clock(
                state.phase().name(),
                state.due(),
                state.consumed(),
                state.paused(),
                state.remaining(),
                state.breached(),
                state.breachedAt(),
                state.history().stream()
                        .map(e -> new TicketSla.Step(e.at(), e.kind(), e.reason(), e.consumed(), e.paused(), e.due()))
                        .toList());
    }

    private Optional<TicketClocks.Clocks> clocks(long ticketId, long centreId) {
        try {
            CentreView centre = centres.find(centreId);
            var calendar = TicketClocks.calendar(centre.openingHours(), centres.closures(centreId));
            return Optional.of(
                    TicketClocks.replay(calendar, store.history(ticketId), centres.targets(centreId), clock.instant()));
        } catch (IllegalArgumentException e) {
            log.warn("SLA clocks of ticket {} not computed: {}", ticketId, e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes the due instants the queue sorts on, from the clocks replayed now. */
    private void refreshClocks(long ticketId) {
        TicketView ticket = store.find(ticketId).orElseThrow();
        int percent = centres.find(ticket.centreId()).warningPercent();
        clocks(ticketId, ticket.centreId()).ifPresent(c -> {
            store.dues(ticketId, c.takeChargeDue(), c.resolveDue(), c.paused());
            store.warnAt(ticketId, c.warnAt(percent));
        });
    }

    // --- lists ---

    /**
     * The agents' queue of the centre this person works with: open tickets by default, by due
     * date (none last) then id.
     *
     * @throws ForbiddenException when this person is not an agent
     */
    public TicketPage queue(@Nullable Long territory, TicketFilter filter, CurrentUser user) {
        requireSomeAgent(user);
        CentreView centre = centres.forUser(territory, user);
        centres.requireAgent(user, centre.id());
        return page(centre.id(), null, filter);
    }

    /**
     * A page of the filter's tickets, and one more row read to know whether another page follows;
     * counted unless words are searched and more pages follow (see {@link TicketPage}).
     */
    private TicketPage page(long centreId, @Nullable List<Long> collectivities, TicketFilter filter) {
        Instant now = clock.instant();
        List<TicketView> found = store.search(centreId, collectivities, filter, now, filter.size() + 1);
        boolean next = found.size() > filter.size();
        boolean words = filter.words() != null && !filter.words().isBlank();
        // Words: not counted, unless this page is the last (then the count is known).
        Long total = !words
                ? Long.valueOf(store.count(centreId, collectivities, filter, now))
                : next ? null : Long.valueOf((long) filter.page() * filter.size() + found.size());
        return new TicketPage(
                next ? found.subList(0, filter.size()) : found, total, next, filter.page(), filter.size());
    }

    /**
     * A correspondent's tickets (those of their collectivités), any status unless filtered.
     *
     * @throws ForbiddenException when this person is not a correspondent
     */
    public TicketPage mine(TicketFilter filter, CurrentUser user) {
        if (!user.isCorrespondent()) {
            throw new ForbiddenException("servicedesk.ticket.mine.correspondents");
        }
        CentreView centre = centres.forUser(null, user);
        TicketFilter own = new TicketFilter(
                filter.statuses(),
                filter.collectivityId() != null && user.isOwn(filter.collectivityId()) ? filter.collectivityId() : null,
                filter.categoryId(),
                null,
                null,
                filter.words(),
                filter.page(),
                filter.size());
        return page(centre.id(), user.collectivityIds(), own);
    }

    // --- changes ---

    /**
     * Moves the ticket to another status. Agents may make any move {@link TicketStatus#next()}
     * allows; the requester only reopens or closes a solved ticket.
     *
     * @throws ConflictException when the version is stale, or the move is not allowed from here
     * @throws ForbiddenException when a requester tries an agent's move
     */
    @Transactional
    public TicketView changeStatus(long ticketId, TicketStatus target, int version, CurrentUser user) {
        TicketView ticket = find(ticketId, user);
        boolean agent = isAgent(ticket, user);
        if (ticket.version() != version) {
            throw new ConflictException("servicedesk.ticket.stale", String.valueOf(ticketId));
        }
        if (agent ? !ticket.status().agentMayMoveTo(target) : !ticket.status().requesterMayMoveTo(target)) {
            if (!agent && ticket.status().agentMayMoveTo(target)) {
                throw new ForbiddenException("servicedesk.ticket.status.agents");
            }
            throw new ConflictException(
                    "servicedesk.ticket.status.refused",
                    "servicedesk.status." + ticket.status().name(),
                    "servicedesk.status." + target.name());
        }
        Actor actor = new Actor(user.id(), user.displayName());
        move(ticket, target, actor);
        TicketView moved = store.find(ticketId).orElseThrow();
        if (target == TicketStatus.SOLVED) {
            notifyRequester(
                    moved,
                    "Votre demande est résolue : " + moved.title(),
                    "Votre demande " + moved.reference() + " « " + moved.title()
                            + " » est résolue.\n\nSi le problème persiste, répondez à ce message pour la rouvrir,"
                            + " ou rouvrez-la dans Mutualis. Dites-nous aussi si vous êtes satisfait(e) du service.");
        }
        return moved;
    }

    /**
     * Assigns the ticket (or takes the assignment away with {@code null}). A new or reopened ticket
     * becomes « assigned ».
     *
     * @throws ForbiddenException when this person is not one of the centre's agents
     * @throws RejectedException when the assignee may not work the centre's tickets
     * @throws ConflictException when the version is stale or the ticket is closed
     */
    @Transactional
    public TicketView assign(long ticketId, @Nullable Long assigneeId, int version, CurrentUser user) {
        requireSomeAgent(user);
        TicketView ticket = agentTicket(ticketId, user);
        if (ticket.version() != version) {
            throw new ConflictException("servicedesk.ticket.stale", String.valueOf(ticketId));
        }
        return assignChecked(ticket, assigneeId, user);
    }

    /**
     * Assigns several tickets of the queue at once (each at its current version).
     *
     * @return how many tickets were assigned
     */
    @Transactional
    public int assignAll(List<Long> ticketIds, long assigneeId, CurrentUser user) {
        requireSomeAgent(user);
        if (ticketIds.size() > 200) {
            throw new RejectedException("servicedesk.ticket.bulk.toomany", "200");
        }
        int done = 0;
        for (long id : new java.util.LinkedHashSet<>(ticketIds)) {
            TicketView ticket = agentTicket(id, user);
            if (ticket.status() == TicketStatus.CLOSED
                    || Long.valueOf(assigneeId).equals(ticket.assigneeId())) {
                continue;
            }
            assignChecked(ticket, assigneeId, user);
            done++;
        }
        return done;
    }

    private TicketView assignChecked(TicketView ticket, @Nullable Long assigneeId, CurrentUser user) {
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new ConflictException("servicedesk.ticket.closed", String.valueOf(ticket.id()));
        }
        @Nullable AccountRow assignee = null;
        if (assigneeId != null) {
            assignee = store.assignable(ticket.centreId()).stream()
                    .filter(a -> a.id() == assigneeId)
                    .findFirst()
                    .orElseThrow(() -> new RejectedException("servicedesk.ticket.assignee.invalid"));
        }
        Instant now = clock.instant();
        Actor actor = new Actor(user.id(), user.displayName());
        Columns columns = Columns.of().set("assignee_id", assigneeId).set("updated_at", TicketStore.at(now));
        if (!store.update(ticket.id(), ticket.version(), columns)) {
            throw new ConflictException("servicedesk.ticket.stale", String.valueOf(ticket.id()));
        }
        store.history(
                ticket.id(),
                now,
                actor.id(),
                actor.name(),
                "assignee",
                ticket.assigneeName(),
                assignee == null ? null : assignee.displayName());
        TicketView assigned = store.find(ticket.id()).orElseThrow();
        if (assignee != null && (assigned.status() == TicketStatus.NEW || assigned.status() == TicketStatus.REOPENED)) {
            move(assigned, TicketStatus.ASSIGNED, actor);
            assigned = store.find(ticket.id()).orElseThrow();
        }
        if (assignee != null && assignee.id() != user.id()) {
            notifyAssignee(
                    assigned,
                    assignee,
                    "Demande " + assigned.reference() + " qui vous est confiée : " + assigned.title(),
                    "La demande " + assigned.reference() + " « " + assigned.title() + " » ("
                            + assigned.collectivityName() + ") vous est confiée par " + user.displayName() + ".");
        }
        return assigned;
    }

    /**
     * Changes the impact and urgency, hence the priority; an agent may set another priority than
     * the matrix gives, with a reason.
     *
     * @throws InvalidInputException when a level is out of 1..5, or an override has no reason
     */
    @Transactional
    public TicketView prioritize(
            long ticketId,
            int impact,
            int urgency,
            @Nullable Priority override,
            @Nullable String reason,
            int version,
            CurrentUser user) {
        requireSomeAgent(user);
        TicketView ticket = agentTicket(ticketId, user);
        List<InputProblem> problems = new ArrayList<>();
        checkLevels(problems, impact, urgency);
        String why = blankToNull(reason);
        Priority matrix = problems.isEmpty() ? PriorityMatrix.of(impact, urgency) : null;
        if (override != null && override != matrix && why == null) {
            problems.add(InputProblem.of("reason", "servicedesk.ticket.priority.reason"));
        }
        if (why != null) {
            checkText(problems, "reason", why, REASON_MAX);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (ticket.version() != version) {
            throw new ConflictException("servicedesk.ticket.stale", String.valueOf(ticketId));
        }
        Priority priority = override != null ? override : matrix;
        boolean overridden = priority != matrix;
        Instant now = clock.instant();
        Columns columns = Columns.of()
                .set("impact", impact)
                .set("urgency", urgency)
                .set("priority", priority.name())
                .set("priority_reason", overridden ? why : null)
                .set("updated_at", TicketStore.at(now));
        if (!store.update(ticketId, version, columns)) {
            throw new ConflictException("servicedesk.ticket.stale", String.valueOf(ticketId));
        }
        Actor actor = new Actor(user.id(), user.displayName());
        change(ticketId, now, actor, "impact", String.valueOf(ticket.impact()), String.valueOf(impact));
        change(ticketId, now, actor, "urgency", String.valueOf(ticket.urgency()), String.valueOf(urgency));
        change(ticketId, now, actor, "priority", ticket.priority().name(), priority.name());
        change(ticketId, now, actor, "priorityReason", ticket.priorityReason(), overridden ? why : null);
        refreshClocks(ticketId);
        return store.find(ticketId).orElseThrow();
    }

    /**
     * Adds a follow-up: public (the requester reads it and is told), or a private note (agents
     * only, never sent to the requester). Agents record the minutes spent.
     *
     * @throws ForbiddenException when a requester writes a private note or records minutes
     * @throws ConflictException when the ticket is closed
     */
    @Transactional
    public FollowUpView addFollowUp(long ticketId, FollowUpForm form, List<Upload> uploads, CurrentUser user) {
        TicketView ticket = find(ticketId, user);
        boolean agent = isAgent(ticket, user);
        if (!agent && (form.privateNote() || form.minutes() != 0)) {
            throw new ForbiddenException("servicedesk.ticket.note.agents");
        }
        List<InputProblem> problems = new ArrayList<>();
        String text = form.text() == null ? "" : form.text().strip();
        if (text.isEmpty() && uploads.isEmpty()) {
            problems.add(InputProblem.of("text", "servicedesk.ticket.followup.required"));
        }
        checkText(problems, "text", text, TEXT_MAX);
        if (form.minutes() < 0 || form.minutes() > 24 * 60) {
            problems.add(InputProblem.of("minutes", "servicedesk.ticket.minutes.range"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new ConflictException("servicedesk.ticket.closed", String.valueOf(ticketId));
        }
        List<Checked> files = check(uploads);
        Actor actor = new Actor(user.id(), user.displayName());
        long id;
        if (form.privateNote()) {
            Instant now = clock.instant();
            id = store.insertFollowUp(ticketId, user.id(), user.displayName(), false, true, text, form.minutes(), now);
            storeFiles(ticketId, id, files, actor.name(), true, now);
            change(ticketId, now, actor, "note", null, form.minutes() > 0 ? form.minutes() + " min" : "+");
            touch(ticket.id());
        } else {
            id = addPublic(ticket, actor, !agent, text, form.minutes(), files);
        }
        long followUp = id;
        return store.followUps(ticketId, true).stream()
                .filter(f -> f.id() == followUp)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Attaches one file to the ticket (outside a follow-up): public, unless an agent says private.
     *
     * @throws RejectedException when the file is too large or of a refused type; nothing is stored
     */
    @Transactional
    public AttachmentView attach(long ticketId, Upload upload, boolean privateNote, CurrentUser user) {
        TicketView ticket = find(ticketId, user);
        boolean agent = isAgent(ticket, user);
        if (privateNote && !agent) {
            throw new ForbiddenException("servicedesk.ticket.note.agents");
        }
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new ConflictException("servicedesk.ticket.closed", String.valueOf(ticketId));
        }
        List<Checked> files = check(List.of(upload));
        Instant now = clock.instant();
        Actor actor = new Actor(user.id(), user.displayName());
        long id = storeFiles(ticketId, null, files, actor.name(), privateNote, now)
                .get(0);
        change(
                ticketId,
                now,
                actor,
                privateNote ? "note" : "attachment",
                null,
                files.get(0).filename());
        touch(ticketId);
        return store.attachments(ticketId, true).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /**
     * The requester's satisfaction with a solved (or closed) ticket: once, 1 to 5, with a comment.
     *
     * @throws ForbiddenException when this person is not the ticket's requester side
     * @throws ConflictException when the ticket is not solved or was already rated
     */
    @Transactional
    public TicketView rate(long ticketId, int score, @Nullable String comment, CurrentUser user) {
        TicketView ticket = find(ticketId, user);
        if (!(user.isCorrespondent() && user.isOwn(ticket.collectivityId()))) {
            throw new ForbiddenException("servicedesk.ticket.satisfaction.requester");
        }
        List<InputProblem> problems = new ArrayList<>();
        if (score < 1 || score > 5) {
            problems.add(InputProblem.of("score", "servicedesk.ticket.satisfaction.range"));
        }
        String text = blankToNull(comment);
        if (text != null) {
            checkText(problems, "comment", text, COMMENT_MAX);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!ticket.status().done()) {
            throw new ConflictException("servicedesk.ticket.satisfaction.notsolved");
        }
        if (ticket.satisfaction() != null) {
            throw new ConflictException("servicedesk.ticket.satisfaction.once");
        }
        Instant now = clock.instant();
        Columns columns = Columns.of()
                .set("satisfaction", score)
                .set("satisfaction_comment", text)
                .set("satisfied_at", TicketStore.at(now))
                .set("updated_at", TicketStore.at(now));
        if (!store.update(ticketId, ticket.version(), columns)) {
            throw new ConflictException("servicedesk.ticket.stale", String.valueOf(ticketId));
        }
        change(ticketId, now, new Actor(user.id(), user.displayName()), "satisfaction", null, String.valueOf(score));
        return store.find(ticketId).orElseThrow();
    }

    // --- saved views ---

    public List<SavedView> savedViews(CurrentUser user) {
        requireSomeAgent(user);
        return store.savedViews(user.id());
    }

    @Transactional
    public void saveView(String name, String filters, CurrentUser user) {
        requireSomeAgent(user);
        List<InputProblem> problems = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            problems.add(InputProblem.of("name", "servicedesk.ticket.view.name"));
        }
        checkText(problems, "name", n, 100);
        checkText(problems, "filters", filters == null ? "" : filters, 2000);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.saveView(user.id(), n, filters == null ? "" : filters);
    }

    /** @throws NotFoundException when this person has no such view */
    @Transactional
    public void deleteView(long id, CurrentUser user) {
        requireSomeAgent(user);
        if (!store.deleteView(user.id(), id)) {
            throw new NotFoundException("servicedesk.ticket.view.notfound", String.valueOf(id));
        }
    }

    // --- inside ---

    private record Actor(@Nullable Long id, String name) {}

    /** An upload accepted: its cleaned name, sniffed type and bytes. */
    private record Checked(String filename, String mediaType, byte[] content) {}

    private void requireSomeAgent(CurrentUser user) {
        if (!user.isAdministrator() && !user.isTechnician()) {
            throw new ForbiddenException("servicedesk.agent.only");
        }
    }

    /** A ticket an agent works: hidden (404) from a technician of another centre. */
    private TicketView agentTicket(long ticketId, CurrentUser user) {
        TicketView ticket = store.find(ticketId)
                .orElseThrow(() -> new NotFoundException("servicedesk.ticket.notfound", String.valueOf(ticketId)));
        if (!centres.isAgent(user, ticket.centreId())) {
            throw new NotFoundException("servicedesk.ticket.notfound", String.valueOf(ticketId));
        }
        return ticket;
    }

    private TicketView insert(
            CentreView centre,
            long collectivityId,
            @Nullable Long requesterAccountId,
            String requesterName,
            @Nullable String requesterEmail,
            @Nullable String requesterPhone,
            TicketChannel channel,
            @Nullable Long categoryId,
            String title,
            String description,
            int impact,
            int urgency,
            @Nullable Long actorId,
            String actorName,
            List<Checked> files) {
        Instant now = clock.instant();
        Priority priority = PriorityMatrix.of(impact, urgency);
        long id = store.insert(
                Columns.of()
                        .set("centre_id", centre.id())
                        .set("collectivity_id", collectivityId)
                        .set("requester_account_id", requesterAccountId)
                        .set("requester_name", requesterName)
                        .set("requester_email", requesterEmail)
                        .set("requester_phone", requesterPhone)
                        .set("channel", channel.name())
                        .set("category_id", categoryId)
                        .set("title", title)
                        .set("description", description)
                        .set("impact", impact)
                        .set("urgency", urgency)
                        .set("priority", priority.name())
                        .set("status", TicketStatus.NEW.name())
                        .set("opened_at", TicketStore.at(now))
                        .set("updated_at", TicketStore.at(now))
                        .set("sla_paused", false),
                title,
                description);
        Actor actor = new Actor(actorId, actorName);
        change(id, now, actor, "status", null, TicketStatus.NEW.name());
        change(id, now, actor, "priority", null, priority.name());
        storeFiles(id, null, files, actorName, false, now);
        refreshClocks(id);
        return store.find(id).orElseThrow();
    }

    /** A public follow-up, its files, the status it brings and who is told. */
    private long addPublic(
            TicketView ticket, Actor actor, boolean fromRequester, String text, int minutes, List<Checked> files) {
        Instant now = clock.instant();
        long id = store.insertFollowUp(ticket.id(), actor.id(), actor.name(), fromRequester, false, text, minutes, now);
        storeFiles(ticket.id(), id, files, actor.name(), false, now);
        change(ticket.id(), now, actor, "followUp", null, minutes > 0 ? minutes + " min" : "+");
        touch(ticket.id());
        TicketView current = store.find(ticket.id()).orElseThrow();
        if (fromRequester) {
            if (current.status() == TicketStatus.SOLVED) {
                move(current, TicketStatus.REOPENED, actor);
            } else if (current.status() == TicketStatus.WAITING_REQUESTER) {
                move(current, TicketStatus.IN_PROGRESS, actor);
            }
            current = store.find(ticket.id()).orElseThrow();
            if (current.assigneeId() != null) {
                Optional<AccountRow> assignee = store.account(current.assigneeId());
                TicketView told = current;
                assignee.ifPresent(a -> notifyAssignee(
                        told,
                        a,
                        "Réponse du demandeur " + told.reference() + " : " + told.title(),
                        actor.name() + " a répondu à la demande " + told.reference() + " « " + told.title() + " » :\n\n"
                                + text));
            }
        } else {
            notifyRequester(
                    current,
                    "Réponse à votre demande : " + current.title(),
                    actor.name() + " a répondu à votre demande " + current.reference() + " « " + current.title()
                            + " » :\n\n" + text + "\n\nRépondez à ce message pour compléter votre demande.");
        }
        return id;
    }

    /**
     * The one place a status changes: the row, the history (with its instant: what the SLA clock
     * replays), the pause of the clock while waiting, the instants taken/solved/closed.
     */
    private void move(TicketView ticket, TicketStatus target, Actor actor) {
        Instant now = clock.instant();
        Columns columns = Columns.of().set("status", target.name()).set("updated_at", TicketStore.at(now));
        if (target.waiting() && !ticket.status().waiting()) {
            columns.set("sla_paused", true).set("sla_paused_since", TicketStore.at(now));
        } else if (!target.waiting() && ticket.status().waiting()) {
            columns.set("sla_paused", false).set("sla_paused_since", null);
            Instant since = pausedSince(ticket.id());
            if (since != null) {
                columns.set(
                        "sla_paused_seconds",
                        pausedSeconds(ticket.id())
                                + Duration.between(since, now).toSeconds());
            }
        }
        if (ticket.status() == TicketStatus.NEW && target != TicketStatus.NEW && takenAt(ticket.id()) == null) {
            columns.set("taken_at", TicketStore.at(now));
        }
        if (target == TicketStatus.SOLVED) {
            columns.set("solved_at", TicketStore.at(now));
        }
        if (target == TicketStatus.CLOSED) {
            columns.set("closed_at", TicketStore.at(now));
        }
        if (target == TicketStatus.REOPENED) {
            columns.set("solved_at", null);
        }
        if (!store.update(ticket.id(), ticket.version(), columns)) {
            throw new ConflictException("servicedesk.ticket.stale", String.valueOf(ticket.id()));
        }
        change(ticket.id(), now, actor, "status", ticket.status().name(), target.name());
        refreshClocks(ticket.id());
    }

    private @Nullable Instant pausedSince(long ticketId) {
        return store.instant(ticketId, "sla_paused_since");
    }

    private @Nullable Instant takenAt(long ticketId) {
        return store.instant(ticketId, "taken_at");
    }

    private long pausedSeconds(long ticketId) {
        return store.pausedSeconds(ticketId);
    }

    /** Writes one change of the ticket in its history, by this person, now (for the services next to this one). */
    void recordChange(long ticketId, CurrentUser user, String field, @Nullable String before, @Nullable String after) {
        Instant now = clock.instant();
        change(ticketId, now, new Actor(user.id(), user.displayName()), field, before, after);
        store.touch(ticketId, now);
    }

    private void touch(long ticketId) {
        store.touch(ticketId, clock.instant());
    }

    private void change(
            long ticketId, Instant at, Actor actor, String field, @Nullable String before, @Nullable String after) {
        if (java.util.Objects.equals(before, after)) {
            return;
        }
        store.history(ticketId, at, actor.id(), actor.name(), field, before, after);
    }

    private void checkTicket(
            List<InputProblem> problems,
            long centreId,
            @Nullable Long categoryId,
            @Nullable String title,
            @Nullable String description,
            int impact,
            int urgency) {
        if (title == null || title.isBlank()) {
            problems.add(InputProblem.of("title", "servicedesk.ticket.title.required"));
        } else {
            checkText(problems, "title", title.strip(), TITLE_MAX);
        }
        if (description == null || description.isBlank()) {
            problems.add(InputProblem.of("description", "servicedesk.ticket.description.required"));
        } else {
            checkText(problems, "description", description.strip(), TEXT_MAX);
        }
        checkLevels(problems, impact, urgency);
        if (categoryId != null
                && centres.categories(centreId).stream()
                        .filter(CategoryView::active)
                        .noneMatch(c -> c.id() == categoryId)) {
            problems.add(InputProblem.of("categoryId", "servicedesk.ticket.category.invalid"));
        }
    }

    private static void checkLevels(List<InputProblem> problems, int impact, int urgency) {
        if (impact < 1 || impact > 5) {
            problems.add(InputProblem.of("impact", "servicedesk.ticket.level.range"));
        }
        if (urgency < 1 || urgency > 5) {
            problems.add(InputProblem.of("urgency", "servicedesk.ticket.level.range"));
        }
    }

    private static void checkText(List<InputProblem> problems, String field, String text, int max) {
        if (text.length() > max) {
            problems.add(InputProblem.of(field, "servicedesk.ticket.text.toolong", String.valueOf(max)));
        }
    }

    private static void checkEmail(List<InputProblem> problems, @Nullable String email) {
        if (email == null) {
            return;
        }
        if (email.length() > EMAIL_MAX || !email.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+")) {
            problems.add(InputProblem.of("requesterEmail", "servicedesk.ticket.email.invalid"));
        }
    }

    /** Every upload checked before anything is stored: size, count, type sniffed from the content. */
    private List<Checked> check(List<Upload> uploads) {
        if (uploads.size() > FILES_MAX) {
            throw new RejectedException("servicedesk.attachment.toomany", String.valueOf(FILES_MAX));
        }
        List<Checked> checked = new ArrayList<>();
        for (Upload upload : uploads) {
            String name = cleanName(upload.filename());
            if (upload.content().length > maxSize) {
                throw new RejectedException(
                        "servicedesk.attachment.toolarge",
                        name,
                        DataSize.ofBytes(maxSize).toKilobytes() / 1024 + " Mo");
            }
            String type = FileSniffer.mediaType(upload.content(), name)
                    .orElseThrow(() -> new RejectedException("servicedesk.attachment.type", name));
            checked.add(new Checked(name, type, upload.content()));
        }
        return checked;
    }

    /** The name without its path, control characters or quotes, at most 255 characters. */
    static String cleanName(@Nullable String filename) {
        String name = filename == null ? "" : filename;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "piece-jointe";
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return name;
    }

    private List<Long> storeFiles(
            long ticketId,
            @Nullable Long followUpId,
            List<Checked> files,
            String author,
            boolean privateNote,
            Instant at) {
        List<Long> ids = new ArrayList<>();
        Set<Path> written = new HashSet<>();
        for (Checked file : files) {
            byte[] content = file.content();
            String storedName = null;
            if (directory != null) {
                storedName = UUID.randomUUID() + ".bin";
                Path path = directory.resolve(storedName);
                try {
                    Files.createDirectories(directory);
                    Files.write(path, content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written.add(path);
                content = null;
            }
            ids.add(store.insertAttachment(
                    ticketId,
                    followUpId,
                    file.filename(),
                    file.mediaType(),
                    file.content().length,
                    content,
                    storedName,
                    author,
                    privateNote,
                    at));
        }
        if (!written.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        for (Path path : written) {
                            try {
                                Files.deleteIfExists(path);
                            } catch (IOException e) {
                                log.warn("Attachment file {} left after a rollback", path, e);
                            }
                        }
                    }
                }
            });
        }
        return ids;
    }

    private Optional<CurrentUser> accountUser(long accountId) {
        return store.account(accountId)
                .filter(AccountRow::enabled)
                .map(a -> new CurrentUser(
                        a.id(),
                        a.username(),
                        a.displayName(),
                        org.mutualis.identity.Role.valueOf(a.role()),
                        null,
                        accounts.collectivitiesOf(a.id())));
    }

    // --- mails (after commit: nothing is sent for a change that did not happen) ---

    private void notifyOpened(TicketView ticket) {
        notifyRequester(
                ticket,
                "Demande enregistrée : " + ticket.title(),
                "Bonjour,\n\nVotre demande « " + ticket.title() + " » est enregistrée sous la référence "
                        + ticket.reference() + ".\nPour la compléter, répondez à ce message en gardant la référence"
                        + " dans l’objet.\n\nLe centre de services informatiques partagés");
    }

    private void notifyRequester(TicketView ticket, String subject, String body) {
        String to = ticket.requesterEmail();
        if (to == null) {
            return;
        }
        String fullSubject = ticket.reference() + " " + subject;
        afterCommit(() -> send(to, fullSubject, body));
    }

    private void notifyAssignee(TicketView ticket, AccountRow assignee, String subject, String body) {
        String to = assignee.username();
        if (!to.contains("@")) {
            return;
        }
        String fullSubject = subject.contains(ticket.reference()) ? subject : ticket.reference() + " " + subject;
        afterCommit(() -> send(to, fullSubject, body));
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        outbox.shutdown();
    }

    private void send(String to, String subject, String body) {
        try {
            outbox.execute(() -> sendNow(to, subject, body));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.warn("Service desk mail to {} not sent: shutting down", to);
        }
    }

    private void sendNow(String to, String subject, String body) {
        try {
            mails.send(to, subject.length() > 250 ? subject.substring(0, 249) + "…" : subject, body);
        } catch (RuntimeException e) {
            log.warn("Service desk mail to {} not sent: {}", to, e.getMessage());
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
