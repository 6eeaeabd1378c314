package org.mutualis.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mutualis.identity.security.PasswordChangeObligation;
import org.springframework.web.servlet.HandlerInterceptor;

/** Sends whoever must pick a new password to the password page, whatever page they asked for. */
class PasswordDetour implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!PasswordChangeObligation.pending(request)) {
            return true;
        }
        String target = request.getContextPath() + "/account/password";
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target); // htmx would otherwise swap the page into a fragment
            return false;
        }
        response.sendRedirect(target);
        return false;
    }
}
