package org.mutualis.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Optional;
import org.mutualis.identity.domain.Secrets;
import org.mutualis.identity.persistence.TokenMatch;
import org.mutualis.identity.persistence.TokenStore;
import org.mutualis.identity.persistence.Utc;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in from {@code Authorization: Bearer mut_…}. A request without that header
 * goes on anonymous (and is refused by the authorization rules); a bad token is refused at once.
 * Not a bean: Spring Boot would otherwise also register it for every URL.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final TokenStore tokens;
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenFilter(TokenStore tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String secret = header.substring(BEARER.length()).strip();
        var match = secret.startsWith(Secrets.TOKEN_MARK)
                ? tokens.active(Secrets.sha256Hex(secret))
                : Optional.<TokenMatch>empty();
        if (match.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked API token"));
            return;
        }
        touch(match.get());
        var account = match.get().account();
        var principal = new AccountDetails(account.toCurrentUser(), null, true, false);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    // "Last used" is for people reviewing their tokens: minute precision spares a write per call.
    private void touch(TokenMatch match) {
        LocalDateTime now = Utc.now();
        if (match.lastUsedAt() == null || match.lastUsedAt().isBefore(now.minusMinutes(1))) {
            tokens.touch(match.tokenId(), now);
        }
    }
}
