package org.mutualis.identity.security;

import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the expired sessions from the shared session tables, once a minute, on one instance at a
 * time (Spring Session's own clean-up, which every instance would run, is off:
 * {@code spring.session.jdbc.cleanup-cron=-}). {@code mutualis.sessions.cleanup-cron=-} turns it off.
 */
@Component
public class ExpiredSessions {

    private final JdbcIndexedSessionRepository sessions;
    private final AtomicInteger runs = new AtomicInteger();

    ExpiredSessions(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    // At least 30 s: an instance whose clock is a little late does not run it again the same minute.
    @Scheduled(cron = "${mutualis.sessions.cleanup-cron:0 * * * * *}")
    @SchedulerLock(name = "expired-sessions", lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
    public void cleanUp() {
        sessions.cleanUpExpiredSessions();
        runs.incrementAndGet();
    }

    /** How many times this instance has run the clean-up. */
    public int runs() {
        return runs.get();
    }
}
