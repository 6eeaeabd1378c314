package org.mutualis.servicedesk.mail;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.AccountDirectory;
import org.mutualis.identity.AccountSummary;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.TicketView;
import org.mutualis.servicedesk.Tickets;
import org.mutualis.servicedesk.Upload;
import org.mutualis.servicedesk.mail.ParsedMail.Body;
import org.mutualis.servicedesk.mail.ParsedMail.Envelope;
import org.mutualis.servicedesk.persistence.MailMessageStore;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.error.MutualisException;
import org.mutualis.shared.text.BundleTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What becomes of one message: a new ticket (a known correspondent of a collectivité the centre
 * serves), a follow-up (the subject names a ticket, « [#42] », and the sender is its requester or
 * may follow it), or a refusal — always recorded in {@code desk_mail_message} under its Message-ID,
 * in the same transaction as the ticket, so that a message is taken once and nothing is half-stored.
 *
 * <p>Refusals: an unknown sender, or one who may not follow the named ticket, gets no answer
 * (backscatter); a known sender whose message cannot be taken (unreadable body, empty message,
 * attachment refused by the tickets, closed ticket) is told why by e-mail.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Pattern REPLY_PREFIXES =
            Pattern.compile("^(\\s*(re|fwd?|tr|aw|wg)\\s*(\\[\\d+\\])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);

    /** What became of a message; {@code SKIPPED}: already taken (its Message-ID is recorded), nothing done. */
    public enum Outcome {
        OPENED,
        REPLIED,
        REFUSED,
        MALFORMED,
        FAILED,
        SKIPPED
    }

    public record Result(
            Outcome outcome,
            @Nullable Long ticketId,
            @Nullable String reason) {}

    private final MailMessageStore store;
    private final Tickets tickets;
    private final ServiceCentres centres;
    private final Accounts accounts;
    private final AccountDirectory directory;
    private final MailRefusals refusals;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailDispatcher(
            MailMessageStore store,
            Tickets tickets,
            ServiceCentres centres,
            Accounts accounts,
            AccountDirectory directory,
            MailRefusals refusals,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.tickets = tickets;
        this.centres = centres;
        this.accounts = accounts;
        this.directory = directory;
        this.refusals = refusals;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether a message with this Message-ID has already been taken. */
    public boolean taken(String messageId) {
        return store.exists(messageId);
    }

    /**
     * Takes one message, given as its raw bytes.
     *
     * @param receivedAt when the mailbox received it (IMAP INTERNALDATE), if known
     * @throws org.springframework.dao.DataAccessException when not even the outcome could be recorded
     *     (the database is unreachable): the message must be read again later
     */
    public Result take(byte[] raw, @Nullable Instant receivedAt, CentreView centre) {
        MimeMessage message;
        try {
            message = MailParser.open(raw);
        } catch (MalformedMailException e) {
            Envelope unknown = new Envelope(MailParser.messageId(null, raw), null, null, "", null, null, false);
            return record(unknown, receivedAt, centre, Outcome.MALFORMED, null, e.reason(), e.getMessage());
        }
        Envelope envelope = MailParser.envelope(message, raw);
        if (store.exists(envelope.messageId())) {
            return new Result(Outcome.SKIPPED, null, null);
        }
        if (envelope.sender() == null) {
            return record(
                    envelope, receivedAt, centre, Outcome.MALFORMED, null, "servicedesk.mail.malformed.sender", null);
        }
        if (envelope.automatic()) {
            return record(
                    envelope, receivedAt, centre, Outcome.REFUSED, null, "servicedesk.mail.refused.automatic", null);
        }
        return envelope.ticketId() == null
                ? open(message, envelope, receivedAt, centre)
                : reply(message, envelope, envelope.ticketId(), receivedAt, centre);
    }

    /**
     * A message over the size limit, judged on its headers alone (never downloaded): refused, and
     * its sender told when known.
     */
    public Result tooLarge(byte[] headers, @Nullable Instant receivedAt, CentreView centre, long size, long max) {
        Envelope envelope;
        try {
            envelope = MailParser.envelope(MailParser.open(headers), headers);
        } catch (MalformedMailException e) {
            envelope = new Envelope(MailParser.messageId(null, headers), null, null, "", null, null, false);
        }
        if (store.exists(envelope.messageId())) {
            return new Result(Outcome.SKIPPED, null, null);
        }
        String detail = BundleTexts.french("servicedesk.mail.size", megabytes(size), megabytes(max));
        if (envelope.sender() != null && !envelope.automatic() && known(envelope, centre)) {
            return refuseKnown(
                    envelope, receivedAt, centre, Outcome.REFUSED, "servicedesk.mail.refused.size", detail, null);
        }
        return record(envelope, receivedAt, centre, Outcome.REFUSED, null, "servicedesk.mail.refused.size", detail);
    }

    /** A message that met an unexpected error: recorded as failed, so that the reader goes on. */
    public Result failed(byte[] raw, @Nullable Instant receivedAt, CentreView centre, RuntimeException error) {
        Envelope envelope;
        try {
            envelope = MailParser.envelope(MailParser.open(raw), raw);
        } catch (MalformedMailException | RuntimeException e) {
            envelope = new Envelope(MailParser.messageId(null, raw), null, null, "", null, null, false);
        }
        return record(
                envelope,
                receivedAt,
                centre,
                Outcome.FAILED,
                null,
                "servicedesk.mail.failed",
                error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage()));
    }

    /** Whether the sender may be answered: a correspondent the centre serves, or the named ticket's requester. */
    private boolean known(Envelope envelope, CentreView centre) {
        String sender = envelope.sender();
        if (sender == null) {
            return false;
        }
        if (envelope.ticketId() != null
                && tickets.findForMail(envelope.ticketId())
                        .filter(t -> t.centreId() == centre.id())
                        .filter(t ->
                                t.requesterEmail() != null && t.requesterEmail().equalsIgnoreCase(sender))
                        .isPresent()) {
            return true;
        }
        return account(sender)
                .filter(CurrentUser::isCorrespondent)
                .filter(a -> a.collectivityIds().stream().anyMatch(c -> centres.serves(centre, c)))
                .isPresent();
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.FRANCE, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private Result open(MimeMessage message, Envelope envelope, @Nullable Instant receivedAt, CentreView centre) {
        String sender = envelope.sender();
        Optional<CurrentUser> account = account(sender);
        Optional<Long> collectivity = account.filter(CurrentUser::isCorrespondent)
                .flatMap(a -> a.collectivityIds().stream()
                        .filter(c -> centres.serves(centre, c))
                        .findFirst());
        if (collectivity.isEmpty()) {
            return record(
                    envelope, receivedAt, centre, Outcome.REFUSED, null, "servicedesk.mail.refused.unknown", null);
        }
        CurrentUser requester = account.orElseThrow();
        Body body;
        try {
            body = MailParser.body(message);
        } catch (MalformedMailException e) {
            return refuseKnown(envelope, receivedAt, centre, Outcome.MALFORMED, e.reason(), e.getMessage(), null);
        }
        String title =
                REPLY_PREFIXES.matcher(envelope.subject()).replaceFirst("").strip();
        if (body.text().isBlank() && body.attachments().isEmpty() && title.isBlank()) {
            return refuseKnown(
                    envelope, receivedAt, centre, Outcome.REFUSED, "servicedesk.mail.refused.empty", null, null);
        }
        if (title.isBlank()) {
            title = firstLine(body.text());
        }
        // The account's name, not the one the From header claims.
        String name = requester.displayName();
        String finalTitle = title;
        return write(
                envelope,
                receivedAt,
                centre,
                Outcome.OPENED,
                null,
                () -> tickets.openFromMail(
                        centre.id(),
                        collectivity.get(),
                        requester.id(),
                        name,
                        sender,
                        finalTitle,
                        body.text(),
                        uploads(body)));
    }

    private Result reply(
            MimeMessage message, Envelope envelope, long ticketId, @Nullable Instant receivedAt, CentreView centre) {
        String sender = envelope.sender();
        Optional<TicketView> found = tickets.findForMail(ticketId).filter(t -> t.centreId() == centre.id());
        if (found.isEmpty()) {
            return record(
                    envelope,
                    receivedAt,
                    centre,
                    Outcome.REFUSED,
                    null,
                    "servicedesk.mail.refused.ticket-unknown",
                    String.valueOf(ticketId));
        }
        TicketView ticket = found.get();
        Optional<CurrentUser> account = account(sender);
        boolean requester =
                ticket.requesterEmail() != null && ticket.requesterEmail().equalsIgnoreCase(sender);
        boolean follower = account.map(a -> centres.mayFollow(a, ticket.centreId(), ticket.collectivityId()))
                .orElse(false);
        if (!requester && !follower) {
            return record(
                    envelope,
                    receivedAt,
                    centre,
                    Outcome.REFUSED,
                    null,
                    "servicedesk.mail.refused.follow",
                    String.valueOf(ticketId));
        }
        Body body;
        try {
            body = MailParser.body(message);
        } catch (MalformedMailException e) {
            return refuseKnown(envelope, receivedAt, centre, Outcome.MALFORMED, e.reason(), e.getMessage(), ticketId);
        }
        if (body.text().isBlank() && body.attachments().isEmpty()) {
            return refuseKnown(
                    envelope, receivedAt, centre, Outcome.REFUSED, "servicedesk.mail.refused.empty", null, ticketId);
        }
        Long accountId = account.map(CurrentUser::id).orElse(null);
        return write(
                envelope,
                receivedAt,
                centre,
                Outcome.REPLIED,
                ticketId,
                () -> tickets.replyFromMail(ticketId, accountId, sender, body.text(), uploads(body)));
    }

    /**
     * The ticket written and the message recorded in one transaction: the row first (it claims the
     * Message-ID), then the ticket. A refusal by the tickets rolls both back; the refusal is then
     * recorded alone and the sender told.
     */
    private Result write(
            Envelope envelope,
            @Nullable Instant receivedAt,
            CentreView centre,
            Outcome outcome,
            @Nullable Long ticketId,
            java.util.function.Supplier<TicketView> ticket) {
        try {
            Long written = transaction.execute(status -> {
                long row = insert(envelope, receivedAt, centre, outcome, ticketId, null, null);
                TicketView view = ticket.get();
                store.complete(row, outcome.name(), view.id());
                return view.id();
            });
            log.info("Mail {} from {}: {} ticket {}", envelope.messageId(), envelope.sender(), outcome, written);
            return new Result(outcome, written, null);
        } catch (DuplicateKeyException e) {
            return new Result(Outcome.SKIPPED, null, null); // taken meanwhile by another reader
        } catch (MutualisException e) {
            return refuseKnown(
                    envelope,
                    receivedAt,
                    centre,
                    Outcome.REFUSED,
                    "servicedesk.mail.refused.ticket",
                    detail(e),
                    ticketId);
        } catch (RuntimeException e) {
            if (e instanceof org.springframework.dao.DataAccessResourceFailureException) {
                throw e;
            }
            log.error("Mail {} from {} could not be taken", envelope.messageId(), envelope.sender(), e);
            return record(
                    envelope,
                    receivedAt,
                    centre,
                    Outcome.FAILED,
                    ticketId,
                    "servicedesk.mail.failed",
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** A refusal recorded, then told to the sender, who is known (a correspondent, the ticket's requester). */
    private Result refuseKnown(
            Envelope envelope,
            @Nullable Instant receivedAt,
            CentreView centre,
            Outcome outcome,
            String reason,
            @Nullable String detail,
            @Nullable Long ticketId) {
        Result result = record(envelope, receivedAt, centre, outcome, ticketId, reason, detail);
        if (result.outcome() != Outcome.SKIPPED && envelope.sender() != null) {
            refusals.tell(envelope.sender(), envelope.subject(), ticketId, reason, detail);
        }
        return result;
    }

    private Result record(
            Envelope envelope,
            @Nullable Instant receivedAt,
            CentreView centre,
            Outcome outcome,
            @Nullable Long ticketId,
            String reason,
            @Nullable String detail) {
        try {
            transaction.executeWithoutResult(
                    status -> insert(envelope, receivedAt, centre, outcome, ticketId, reason, detail));
        } catch (DuplicateKeyException e) {
            return new Result(Outcome.SKIPPED, null, null);
        }
        log.info(
                "Mail {} from {}: {} ({}{})",
                envelope.messageId(),
                envelope.sender(),
                outcome,
                BundleTexts.french(reason),
                detail == null ? "" : ": " + detail);
        return new Result(outcome, ticketId, reason);
    }

    private long insert(
            Envelope envelope,
            @Nullable Instant receivedAt,
            CentreView centre,
            Outcome outcome,
            @Nullable Long ticketId,
            @Nullable String reason,
            @Nullable String detail) {
        Instant now = clock.instant();
        Instant received = receivedAt != null ? receivedAt : envelope.sentAt() != null ? envelope.sentAt() : now;
        return store.insert(
                envelope.messageId(),
                centre.id(),
                envelope.sender(),
                envelope.subject(),
                utc(received),
                utc(now),
                outcome.name(),
                ticketId,
                reason,
                detail);
    }

    /**
     * The enabled account whose username is this address, case ignored: the usernames of
     * correspondents are their addresses, in lower case when they came by invitation.
     */
    private Optional<CurrentUser> account(String address) {
        Optional<CurrentUser> found = accounts.find(address);
        if (found.isEmpty()) {
            found = directory.search(address, 0, 50).stream()
                    .filter(a -> a.username().equalsIgnoreCase(address))
                    .findFirst()
                    .flatMap(a -> accounts.find(a.username()));
        }
        return found.filter(
                a -> directory.byId(a.id()).map(AccountSummary::enabled).orElse(false));
    }

    private static List<Upload> uploads(Body body) {
        return body.attachments().stream()
                .map(a -> new Upload(a.filename(), a.content()))
                .toList();
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }

    /** The refusal in French, with its problems (a form's fields) when it has some. */
    private static String detail(MutualisException e) {
        if (e instanceof InvalidInputException || e.problems().isEmpty()) {
            return e.getMessage();
        }
        return e.getMessage() + " — "
                + e.problems().stream()
                        .map(p -> BundleTexts.french(p.code(), p.args().toArray()))
                        .collect(Collectors.joining(" ; "));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
