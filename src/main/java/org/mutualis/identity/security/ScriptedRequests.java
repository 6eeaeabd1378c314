package org.mutualis.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests a page's script sends in the background (fetch, htmx, the answers' auto-save), not a
 * person's navigation: a missing or expired session answers them 401 with a problem document, never
 * a redirection to the sign-in page that the script would take for the answer, and they are never
 * the page a person returns to after signing in (an htmx fragment would show as a blank page).
 */
final class ScriptedRequests implements RequestMatcher {

    static final ScriptedRequests INSTANCE = new ScriptedRequests();

    private ScriptedRequests() {}

    @Override
    public boolean matches(HttpServletRequest request) {
        if (request.getHeader("HX-Request") != null || request.getHeader("X-Requested-With") != null) {
            return true;
        }
        String uri = request.getRequestURI();
        if (uri != null && uri.endsWith("/draft")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }
}
