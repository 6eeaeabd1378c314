package org.mutualis.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Remembers in the session that the signed-in person must pick a new password (first
 * administrator, accounts created by an administrator), so pages need not ask the database.
 */
public final class PasswordChangeObligation {

    private static final String ATTRIBUTE = PasswordChangeObligation.class.getName();

    private PasswordChangeObligation() {}

    static void impose(HttpSession session) {
        session.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    public static boolean pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(ATTRIBUTE));
    }

    public static void lift(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
