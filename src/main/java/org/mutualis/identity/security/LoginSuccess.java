package org.mutualis.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a good password: to the second factor when the account has one (or must enrol one), else to
 * the password page when a new password is due, else where the person was going (by path only).
 */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String PASSWORD_PAGE = "/account/password";

    private final SecondFactorSignIn secondFactor;

    LoginSuccess(SecondFactorSignIn secondFactor) {
        this.secondFactor = secondFactor;
        setDefaultTargetUrl("/");
        setRedirectStrategy(new PathOnlyRedirects());
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        if (auth.getPrincipal() instanceof AccountDetails details) {
            var secondStep = secondFactor.hold(request, response, details.user());
            if (secondStep.isPresent()) {
                getRedirectStrategy().sendRedirect(request, response, secondStep.get());
                return;
            }
        }
        if (auth.getPrincipal() instanceof AccountDetails details && details.mustChangePassword()) {
            PasswordChangeObligation.impose(request.getSession());
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, PASSWORD_PAGE);
            return;
        }
        super.onAuthenticationSuccess(request, response, auth);
    }
}
