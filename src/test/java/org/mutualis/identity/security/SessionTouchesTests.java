package org.mutualis.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A session's last access is written once a minute at most, not on every request, while what the
 * session holds is written at once: the repository every part of the application uses (the
 * session filter, the sign-in, {@link OpenSessions}) is the one that does it.
 */
@MutualisDbTest
class SessionTouchesTests {

    @Autowired
    JdbcIndexedSessionRepository repository;

    @SuppressWarnings("unchecked")
    FindByIndexNameSessionRepository<Session> sessions() {
        return (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) repository;
    }

    @Test
    void aRequestWithinAMinuteOfTheLastStoredAccessWritesNothing() {
        Session session = sessions().createSession();
        sessions().save(session);
        Instant start = sessions().findById(session.getId()).getLastAccessedTime();

        Session next = sessions().findById(session.getId());
        next.setLastAccessedTime(start.plusSeconds(20));
        sessions().save(next);
        assertThat(sessions().findById(session.getId()).getLastAccessedTime()).isEqualTo(start);

        Session later = sessions().findById(session.getId());
        later.setLastAccessedTime(start.plus(SessionTouches.MAX_LAG));
        sessions().save(later);
        assertThat(sessions().findById(session.getId()).getLastAccessedTime())
                .isEqualTo(start.plus(SessionTouches.MAX_LAG));
    }

    @Test
    void whatTheSessionHoldsIsWrittenAtOnce() {
        Session session = sessions().createSession();
        sessions().save(session);
        Session next = sessions().findById(session.getId());
        next.setLastAccessedTime(next.getLastAccessedTime().plusSeconds(1));
        next.setAttribute("flash", "Réponse enregistrée");
        sessions().save(next);
        assertThat((String) sessions().findById(session.getId()).getAttribute("flash"))
                .isEqualTo("Réponse enregistrée");
    }

    @Test
    void aShortTimeoutLagsByAThirtiethOfIt() {
        assertThat(SessionTouches.lag(Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(1));
        assertThat(SessionTouches.lag(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(1));
        Session session = sessions().createSession();
        session.setMaxInactiveInterval(Duration.ofSeconds(30));
        sessions().save(session);
        Instant start = sessions().findById(session.getId()).getLastAccessedTime();
        Session next = sessions().findById(session.getId());
        next.setLastAccessedTime(start.plusSeconds(2));
        sessions().save(next);
        assertThat(sessions().findById(session.getId()).getLastAccessedTime()).isEqualTo(start.plusSeconds(2));
    }

    @Test
    void anExpiredSessionIsStillNotFound() {
        Session session = sessions().createSession();
        session.setMaxInactiveInterval(Duration.ofSeconds(30));
        // Earlier than the stored access: written (a clock set back is not lag).
        session.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(5)));
        sessions().save(session);
        assertThat(sessions().findById(session.getId())).isNull();
    }
}
