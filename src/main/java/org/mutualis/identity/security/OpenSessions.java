package org.mutualis.identity.security;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in sessions of a person, in the session store every instance shares (Spring Session
 * JDBC, indexed by the name of who signed in): ending them here ends them on every instance, and
 * the next request of such a session meets the sign-in page (a page) or a 401 (the API). Called
 * when an account is disabled and when its password changes. Inside a transaction, the sessions
 * end once it commits, so that a sign-in in between meets the change.
 */
@Component
public class OpenSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    OpenSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of {@code username}. */
    public void endAll(String username) {
        afterCommit(() -> end(username, null));
    }

    /** Ends every session of {@code username} but the one of the current request, if any. */
    public void endOthers(String username) {
        String current = currentSessionId();
        afterCommit(() -> end(username, current));
    }

    /** How many sessions {@code username} has open, on every instance. */
    public int count(String username) {
        return sessions.findByPrincipalName(username).size();
    }

    private void end(String username, @Nullable String keep) {
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
            }
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

    private static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
