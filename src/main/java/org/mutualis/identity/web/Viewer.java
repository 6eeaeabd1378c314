package org.mutualis.identity.web;

import org.jspecify.annotations.Nullable;
import org.mutualis.identity.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who reads a page, for the templates: {@code ${@viewer.signedIn()}}, {@code ${@viewer.staff()}}
 * and {@code ${@viewer.admin()}} show the parts of a page meant for some roles, from the request's
 * authentication as Spring Security holds it. It only decides what a page shows: what a reader may
 * do is decided by the services and the security rules, never here.
 *
 * <p>Pages used {@code sec:authorize} before: each one parsed and evaluated a security expression
 * on every rendering, a fifth of a simple page's time under load (docs/benchmarks.md).
 */
@Component("viewer")
public class Viewer {

    /** Someone signed in (by form, single sign-on or a remembered session), not an anonymous visitor. */
    public boolean signedIn() {
        return authentication() != null;
    }

    /** The signed-in account's name; empty for a visitor. */
    public String name() {
        Authentication authentication = authentication();
        return authentication == null ? "" : authentication.getName();
    }

    /** The EPCI's administrator. */
    public boolean admin() {
        return has(Role.ADMIN);
    }

    /** Administrators and analysts: they work on the whole territory. */
    public boolean staff() {
        return has(Role.ADMIN) || has(Role.ANALYST);
    }

    /** A commune's correspondent. */
    public boolean correspondent() {
        return has(Role.CORRESPONDENT);
    }

    /** A technician of the service centre: the navigation shows the service desk only. */
    public boolean technician() {
        return has(Role.TECHNICIAN);
    }

    private static boolean has(Role role) {
        Authentication authentication = authentication();
        if (authentication == null) {
            return false;
        }
        String authority = role.authority();
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication;
    }
}
