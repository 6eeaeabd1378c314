package org.mutualis.servicedesk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicedesk.domain.PriorityMatrix;
import org.mutualis.servicedesk.domain.TicketStatus;
import org.mutualis.servicedesk.persistence.TicketStore;
import org.mutualis.shared.Columns;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.RejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets of the past, written with their own dates: the history a desk brings from its former
 * tool (or the demo's 2014–2015). Each step is written as the live service writes it (history
 * rows, follow-ups, the status's dates), then both SLA clocks are replayed from that history with
 * the centre's calendar, exactly as for a live ticket. For the administrator only; no e-mail goes.
 */
@Service
@Transactional
public class TicketArchive {

    /** A ticket as it happened, its steps in time order. */
    public record PastTicket(
            long collectivityId,
            @Nullable Long categoryId,
            String requesterName,
            @Nullable String requesterEmail,
            TicketChannel channel,
            String title,
            String description,
            int impact,
            int urgency,
            Instant openedAt,
            List<PastStep> steps,
            @Nullable Integer satisfaction) {}

    /**
     * One step: an assignment, a follow-up (public or private, with the minutes it took), a new
     * status; any of them, at one instant.
     */
    public record PastStep(
            Instant at,
            @Nullable Long assigneeId,
            @Nullable String assigneeName,
            @Nullable String text,
            boolean privateNote,
            int minutes,
            @Nullable TicketStatus status) {}

    private final ServiceCentres centres;
    private final TicketStore store;
    private final Clock clock;

    TicketArchive(ServiceCentres centres, TicketStore store, Clock clock) {
        this.centres = centres;
        this.store = store;
        this.clock = clock;
    }

    /**
     * @return the ticket's id
     * @throws ForbiddenException when the one writing is not the administrator
     * @throws RejectedException when the centre does not serve the collectivité, or the steps go
     *     back in time or make a move the statuses do not allow
     */
    public long record(long centreId, PastTicket past, CurrentUser by) {
        if (!by.isAdministrator()) {
            throw new ForbiddenException("servicedesk.admin.only");
        }
        CentreView centre = centres.find(centreId);
        if (!centres.serves(centre, past.collectivityId())) {
            throw new RejectedException("servicedesk.archive.notServed", String.valueOf(past.collectivityId()));
        }
        Priority priority = PriorityMatrix.of(past.impact(), past.urgency());
        long id = store.insert(
                Columns.of()
                        .set("centre_id", centreId)
                        .set("collectivity_id", past.collectivityId())
                        .set("requester_name", past.requesterName())
                        .set("requester_email", past.requesterEmail())
                        .set("channel", past.channel().name())
                        .set("category_id", past.categoryId())
                        .set("title", past.title())
                        .set("description", past.description())
                        .set("impact", past.impact())
                        .set("urgency", past.urgency())
                        .set("priority", priority.name())
                        .set("status", TicketStatus.NEW.name())
                        .set("opened_at", TicketStore.at(past.openedAt()))
                        .set("updated_at", TicketStore.at(past.openedAt()))
                        .set("sla_paused", false),
                past.title(),
                past.description());
        store.history(id, past.openedAt(), null, past.requesterName(), "status", null, TicketStatus.NEW.name());
        store.history(id, past.openedAt(), null, past.requesterName(), "priority", null, priority.name());
        TicketStatus status = TicketStatus.NEW;
        Instant last = past.openedAt();
        Columns row = Columns.of();
        @Nullable Long assignee = null;
        String actor = "Centre de services";
        for (PastStep step : past.steps()) {
            if (step.at().isBefore(last)) {
                throw new RejectedException("servicedesk.archive.order", String.valueOf(step.at()));
            }
            last = step.at();
            if (step.assigneeId() != null) {
                assignee = step.assigneeId();
                actor = step.assigneeName() == null ? actor : step.assigneeName();
                store.history(id, step.at(), null, actor, "assignee", null, step.assigneeName());
            }
            if (step.text() != null) {
                store.insertFollowUp(
                        id, assignee, actor, false, step.privateNote(), step.text(), step.minutes(), step.at());
            }
            TicketStatus next = step.status();
            if (next != null && next != status) {
                if (!status.agentMayMoveTo(next)) {
                    throw new RejectedException("servicedesk.archive.move", status.name(), next.name());
                }
                store.history(id, step.at(), null, actor, "status", status.name(), next.name());
                if (status == TicketStatus.NEW) {
                    row.set("taken_at", TicketStore.at(step.at()));
                }
                if (next == TicketStatus.SOLVED) {
                    row.set("solved_at", TicketStore.at(step.at()));
                }
                if (next == TicketStatus.CLOSED) {
                    row.set("closed_at", TicketStore.at(step.at()));
                }
                status = next;
            }
        }
        row.set("status", status.name())
                .set("assignee_id", assignee)
                .set("updated_at", TicketStore.at(last))
                .set("sla_paused", status.waiting());
        if (past.satisfaction() != null && status.done()) {
            row.set("satisfaction", past.satisfaction()).set("satisfied_at", TicketStore.at(last));
        }
        store.update(id, 0, row);
        var calendar = TicketClocks.calendar(centre.openingHours(), centres.closures(centreId));
        var clocks = TicketClocks.replay(calendar, store.history(id), centres.targets(centreId), clock.instant());
        store.dues(id, clocks.takeChargeDue(), clocks.resolveDue(), clocks.paused());
        store.warnAt(id, clocks.warnAt(centre.warningPercent()));
        // Past tickets are not warned about: their agents knew.
        store.warned(id, clock.instant());
        return id;
    }
}
