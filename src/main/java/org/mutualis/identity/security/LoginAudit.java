package org.mutualis.identity.security;

import org.mutualis.identity.Accounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes form sign-ins, good and bad, to the audit log. Token calls do not go through the
 * authentication manager, so they do not flood the log.
 */
@Component
class LoginAudit {

    private final Accounts accounts;

    LoginAudit(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.audit(event.getAuthentication().getName(), "LOGIN", null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        accounts.audit(
                event.getAuthentication().getName(),
                "LOGIN_FAILED",
                event.getException().getClass().getSimpleName());
    }
}
