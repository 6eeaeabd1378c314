package org.mutualis.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects within Mutualis by path only. The request saved before sign-in is remembered as a full
 * URL built from the request's {@code Host} header, which a client chooses: redirecting to it as
 * it is would send a person signing in to whatever host that header named. Only its path and query
 * are kept; the browser stays on the origin it used (https behind the proxy included).
 */
final class PathOnlyRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(pathOf(url, request.getContextPath())));
    }

    static String pathOf(String url, String contextPath) {
        String path;
        try {
            URI uri = new URI(url);
            if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
                path = "/";
            } else if (uri.isAbsolute() || uri.getRawAuthority() != null) {
                path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            } else {
                path = (uri.getRawPath().startsWith("/") ? contextPath : "")
                        + uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        } catch (URISyntaxException e) {
            path = "/";
        }
        // "//evil.example" would be read by a browser as another host.
        return path.startsWith("//") ? "/" : path;
    }
}
