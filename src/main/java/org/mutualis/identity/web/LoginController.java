package org.mutualis.identity.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.security.SignInLockedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class LoginController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;

    LoginController(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/login")
    String login(@Nullable Authentication authentication, @Nullable HttpSession session, Model model) {
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        // A lockout says until when, never whether the account exists: unknown names lock alike.
        if (session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof SignInLockedException locked) {
            model.addAttribute("lockedUntil", TIME.format(locked.until().atZone(PARIS)));
        }
        return "identity/login";
    }
}
