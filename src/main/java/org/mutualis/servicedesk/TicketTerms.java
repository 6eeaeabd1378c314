package org.mutualis.servicedesk;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.mutualis.servicedesk.persistence.TicketStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes for the word search the tickets written before the search index existed (or written by
 * hand, as the benchmark does): a thousand at a time, each batch in its own transaction, on one
 * instance at a time (ShedLock). New tickets and follow-ups are indexed as they are written.
 */
@Component
class TicketTerms {

    private static final Logger log = LoggerFactory.getLogger(TicketTerms.class);

    static final int BATCH = 1000;

    private final TicketStore store;
    private final TransactionTemplate transactions;

    TicketTerms(TicketStore store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    @Scheduled(
            fixedDelayString = "${mutualis.servicedesk.search-index.interval:PT1M}",
            initialDelayString = "${mutualis.servicedesk.search-index.initial-delay:PT10S}")
    @SchedulerLock(name = "servicedesk-ticket-terms", lockAtLeastFor = "PT5S", lockAtMostFor = "PT30M")
    public void indexBacklog() {
        try {
            long done = backfill();
            if (done > 0) {
                log.info("{} tickets indexed for the word search", done);
            }
        } catch (RuntimeException e) {
            log.error("Tickets not indexed for the word search", e);
        }
    }

    /** Indexes every ticket not indexed yet; how many. */
    long backfill() {
        long done = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                List<Long> ids = store.unindexed(BATCH);
                store.indexExisting(ids);
                return ids.size();
            });
            if (batch == null || batch == 0) {
                return done;
            }
            done += batch;
        }
    }
}
