package org.mutualis.servicedesk;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.persistence.MailMessageStore;
import org.mutualis.servicedesk.persistence.MailMessageStore.MailMessageRow;
import org.mutualis.shared.Clocks;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.text.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets by e-mail as the agents see them: the messages of the centre's mailbox that did not
 * become a ticket or a follow-up (unknown sender, unreadable message, refused attachment…), with
 * why. The mailbox itself is read by {@code servicedesk.mail} (docs/servicedesk-mail.md).
 */
@Service
@Transactional(readOnly = true)
public class MailIntake {

    /** How many refused messages the page lists, newest first. */
    public static final int LISTED = 200;

    private static final List<String> NOT_TAKEN = List.of("REFUSED", "MALFORMED", "FAILED");

    /** A message the reader took, {@code receivedAt} in Paris time. */
    public record ReceivedMail(
            long id,
            @Nullable String sender,
            @Nullable String subject,
            LocalDateTime receivedAt,
            String outcome,
            @Nullable Long ticketId,
            Text reason,
            @Nullable String detail) {}

    /** The centre's mailbox: whether it is read, its address, its refused messages, and how many were taken. */
    public record MailLog(
            CentreView centre,
            boolean enabled,
            String mailbox,
            List<ReceivedMail> refused,
            long opened,
            long replied,
            long notTaken) {}

    private final ServiceCentres centres;
    private final MailMessageStore store;
    private final boolean enabled;
    private final String username;

    MailIntake(
            ServiceCentres centres,
            MailMessageStore store,
            @Value("${mutualis.servicedesk.mail.enabled:false}") boolean enabled,
            @Value("${mutualis.servicedesk.mail.username:}") String username) {
        this.centres = centres;
        this.store = store;
        this.enabled = enabled;
        this.username = username;
    }

    /**
     * The mailbox's log for the centre this agent works for.
     *
     * @throws ForbiddenException when this person is not one of the centre's agents
     */
    @Transactional
    public MailLog log(@Nullable Long territory, CurrentUser user) {
        CentreView centre = centres.forUser(territory, user);
        centres.requireAgent(user, centre.id());
        List<ReceivedMail> refused = store.ofCentre(centre.id(), NOT_TAKEN, LISTED).stream()
                .map(MailIntake::view)
                .toList();
        long notTaken =
                NOT_TAKEN.stream().mapToLong(o -> store.count(centre.id(), o)).sum();
        return new MailLog(
                centre,
                enabled,
                centre.mailbox() != null ? centre.mailbox() : username,
                refused,
                store.count(centre.id(), "OPENED"),
                store.count(centre.id(), "REPLIED"),
                notTaken);
    }

    private static ReceivedMail view(MailMessageRow row) {
        return new ReceivedMail(
                row.id(),
                row.sender(),
                row.subject(),
                row.receivedAt()
                        .atOffset(ZoneOffset.UTC)
                        .atZoneSameInstant(Clocks.ZONE)
                        .toLocalDateTime(),
                row.outcome(),
                row.ticketId(),
                Text.of(row.reason() == null ? "servicedesk.mail.outcome." + row.outcome() : row.reason()),
                row.detail());
    }
}
