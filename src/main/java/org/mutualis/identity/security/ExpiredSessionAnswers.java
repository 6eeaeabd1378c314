package org.mutualis.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.mutualis.shared.text.BundleTexts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * What the pages' chain answers a visitor whose session is gone (never signed in, signed out, or
 * expired while a form was open). A script's request ({@link ScriptedRequests}) gets 401 with a
 * problem document saying, in the reader's language, that the session has expired, so that the
 * page keeps what was typed and offers to sign in again. A page gets the sign-in page. A form posted
 * after the session expired fails its CSRF check (the token lived in the session): instead of « you
 * may not see this page », the person is sent to sign in again and then back to the page the form
 * was on (its {@code Referer}, by path only), where the answers' script restores what was typed.
 */
final class ExpiredSessionAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** The session attribute of {@link HttpSessionRequestCache}, read by {@link LoginSuccess}. */
    static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
    private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (ScriptedRequests.INSTANCE.matches(request)) {
            unauthorized(request, response);
        } else {
            signIn.commence(request, response, e);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (!(e instanceof CsrfException)) {
            denied.handle(request, response, e);
            return;
        }
        if (signedIn()) {
            stale(request, response, e);
            return;
        }
        if (ScriptedRequests.INSTANCE.matches(request)) {
            unauthorized(request, response);
            return;
        }
        String back = formPage(request);
        if (back != null) {
            request.getSession().setAttribute(SAVED_REQUEST, new SimpleSavedRequest(back));
        }
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }

    /**
     * Signed in, but the page's CSRF token is an older session's (the person signed in again in
     * another tab): the page is reloaded rather than refused, and the answers' script puts back
     * what was typed; a script is told to reload it.
     */
    private void stale(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (ScriptedRequests.INSTANCE.matches(request)) {
            problem(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "identity.session.stale", null);
            return;
        }
        String back = formPage(request);
        if (back == null) {
            denied.handle(request, response, e);
        } else {
            response.sendRedirect(back);
        }
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** The page the form was posted from, when the browser said so and it is this application's. */
    static String formPage(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
        } catch (URISyntaxException ex) {
            return null;
        }
        String path = PathOnlyRedirects.pathOf(referer, request.getContextPath());
        return path.startsWith(request.getContextPath() + "/login") ? null : path;
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problem(
                request,
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "Unauthorized",
                "identity.session.expired",
                request.getContextPath() + "/login");
    }

    private static void problem(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String title,
            String code,
            @org.jspecify.annotations.Nullable String signIn)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // French first: the reader's language only when the browser names one.
        java.util.Locale locale =
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? java.util.Locale.FRENCH : request.getLocale();
        // Constant texts of the bundles, written without double quotes: no JSON escaping is needed.
        String detail = BundleTexts.in(locale, code);
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\""
                        + (signIn == null ? ",\"reload\":true" : ",\"signIn\":\"" + signIn + "\"") + "}");
    }
}
