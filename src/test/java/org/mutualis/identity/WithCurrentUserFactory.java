package org.mutualis.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** Builds the security context of {@link WithCurrentUser}, with the principal the application uses. */
public class WithCurrentUserFactory implements WithSecurityContextFactory<WithCurrentUser> {

    @Override
    public SecurityContext createSecurityContext(WithCurrentUser annotation) {
        Long scope = annotation.collectivityId() < 0 ? null : annotation.collectivityId();
        var user = new CurrentUser(
                annotation.id(), annotation.username(), annotation.username(), annotation.role(), scope);
        var principal = TestUsers.principal(user);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return context;
    }
}
