package org.mutualis.servicedesk;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.domain.TicketStatus;
import org.mutualis.servicedesk.persistence.TicketStore;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base's articles a ticket points to: an agent links the article that answers the
 * ticket (its centre's, any visibility); whoever reads the ticket sees the linked articles they
 * may read (a requester, only those visible to correspondents). Linking and unlinking are in the
 * ticket's history.
 */
@Service
@Transactional(readOnly = true)
public class TicketArticles {

    private final Tickets tickets;
    private final Knowledge knowledge;
    private final TicketStore store;
    private final Clock clock;
    private final ServiceCentres centres;

    TicketArticles(Tickets tickets, Knowledge knowledge, TicketStore store, Clock clock, ServiceCentres centres) {
        this.tickets = tickets;
        this.centres = centres;
        this.knowledge = knowledge;
        this.store = store;
        this.clock = clock;
    }

    /**
     * The articles linked to the ticket that this person may read.
     *
     * @throws NotFoundException when there is no such ticket or this person may not read it
     */
    public List<ArticleSummary> of(long ticketId, CurrentUser user) {
        tickets.find(ticketId, user);
        List<Long> ids = store.linkedArticles(ticketId);
        List<ArticleSummary> readable = knowledge.find(ids, user);
        return ids.stream()
                .flatMap(id -> readable.stream().filter(a -> a.id() == id))
                .toList();
    }

    /**
     * For an agent at work on the ticket: up to five articles of its centre that match its title
     * and are not linked yet (nothing for anyone else, or once the ticket is closed).
     */
    @Transactional
    public List<ArticleSummary> suggestions(TicketView ticket, CurrentUser user) {
        if (ticket.status() == TicketStatus.CLOSED || !tickets.isAgent(ticket, user)) {
            return List.of();
        }
        Set<Long> linked = new HashSet<>(store.linkedArticles(ticket.id()));
        long territory = centres.find(ticket.centreId()).territoryId();
        return knowledge.suggest(territory, ticket.title(), user).stream()
                .filter(a -> a.centreId() == ticket.centreId() && !linked.contains(a.id()))
                .toList();
    }

    /**
     * Links an article of the ticket's centre to the ticket (linking it again changes nothing).
     *
     * @throws NotFoundException when the ticket or the article is unknown to this person, or the
     *     article belongs to another centre
     * @throws ForbiddenException when this person does not work the ticket
     * @throws ConflictException when the ticket is closed
     */
    @Transactional
    public List<ArticleSummary> link(long ticketId, long articleId, CurrentUser user) {
        TicketView ticket = workable(ticketId, user);
        ArticleSummary article = knowledge.require(articleId, user);
        if (article.centreId() != ticket.centreId()) {
            throw new NotFoundException("servicedesk.kb.notfound", String.valueOf(articleId));
        }
        if (store.linkArticle(ticketId, articleId, user.displayName(), clock.instant())) {
            tickets.recordChange(ticketId, user, "article", null, "#" + articleId + " " + article.title());
        }
        return of(ticketId, user);
    }

    /**
     * Removes the link (an article not linked: nothing changes).
     *
     * @throws NotFoundException when the ticket or the article is unknown to this person
     * @throws ForbiddenException when this person does not work the ticket
     * @throws ConflictException when the ticket is closed
     */
    @Transactional
    public List<ArticleSummary> unlink(long ticketId, long articleId, CurrentUser user) {
        workable(ticketId, user);
        ArticleSummary article = knowledge.require(articleId, user);
        if (store.unlinkArticle(ticketId, articleId)) {
            tickets.recordChange(ticketId, user, "article", "#" + articleId + " " + article.title(), null);
        }
        return of(ticketId, user);
    }

    private TicketView workable(long ticketId, CurrentUser user) {
        TicketView ticket = tickets.find(ticketId, user);
        if (!tickets.isAgent(ticket, user)) {
            throw new ForbiddenException("servicedesk.ticket.articles.agents");
        }
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new ConflictException("servicedesk.ticket.closed", String.valueOf(ticketId));
        }
        return ticket;
    }
}
