package org.mutualis.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.SecondFactors;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The step between a good password and a signed-in session for accounts with a second factor (or
 * that must enrol one): the password's success is not kept as a sign-in — the person stays
 * anonymous, remembered in the session as <em>pending</em> for five minutes — until a TOTP or
 * recovery code completes it on {@code /login/totp} (or enrolment does, on {@code /login/totp/enrol}).
 */
@Component
public class SecondFactorSignIn {

    static final String PENDING = SecondFactorSignIn.class.getName() + ".PENDING";
    static final Duration VALIDITY = Duration.ofMinutes(5);

    /** A password-checked person waiting for their second factor; {@code enrol}: they must set one up first. */
    public record Pending(long userId, String username, boolean enrol, Instant since) implements Serializable {}

    private final SecondFactors factors;
    private final UserDetailsService accounts;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    SecondFactorSignIn(SecondFactors factors, UserDetailsService accounts, Clock clock) {
        this.factors = factors;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * After a good password: when this account needs a second step, undoes the sign-in, remembers
     * the person as pending and answers the page of that step; otherwise answers empty.
     */
    Optional<String> hold(HttpServletRequest request, HttpServletResponse response, CurrentUser user) {
        boolean enrolled = factors.enabled(user.id());
        if (!enrolled && !factors.required(user)) {
            return Optional.empty();
        }
        var empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        contexts.saveContext(empty, request, response);
        request.getSession().setAttribute(PENDING, new Pending(user.id(), user.username(), !enrolled, clock.instant()));
        return Optional.of(enrolled ? "/login/totp" : "/login/totp/enrol");
    }

    /** The person waiting in this session for their second factor, if the wait has not expired. */
    public Optional<Pending> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(pending.since().plus(VALIDITY))) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /**
     * Completes the sign-in of the pending person, their second factor checked: a new session id,
     * the account read again (disabled since? refused), and the page to go to — the password page
     * when a new password is due, else the page first asked for (by path), else home.
     */
    public String complete(HttpServletRequest request, HttpServletResponse response) {
        Pending pending = pending(request).orElseThrow(() -> new DisabledException("no pending sign-in"));
        var details = (AccountDetails) accounts.loadUserByUsername(pending.username());
        if (!details.isEnabled()) {
            throw new DisabledException("disabled");
        }
        details.eraseCredentials();
        request.getSession().removeAttribute(PENDING);
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        if (details.mustChangePassword()) {
            PasswordChangeObligation.impose(request.getSession());
            return LoginSuccess.PASSWORD_PAGE;
        }
        SavedRequest saved = requests.getRequest(request, response);
        if (saved == null) {
            return "/";
        }
        requests.removeRequest(request, response);
        return PathOnlyRedirects.pathOf(saved.getRedirectUrl(), request.getContextPath());
    }
}
