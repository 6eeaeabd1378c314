package org.mutualis.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After sign-in: to the password page when a new password is due, else where the person was going. */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String PASSWORD_PAGE = "/account/password";

    LoginSuccess() {
        setDefaultTargetUrl("/");
        setRedirectStrategy(new PathOnlyRedirects());
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        if (auth.getPrincipal() instanceof AccountDetails details && details.mustChangePassword()) {
            PasswordChangeObligation.impose(request.getSession());
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, PASSWORD_PAGE);
            return;
        }
        super.onAuthenticationSuccess(request, response, auth);
    }
}
