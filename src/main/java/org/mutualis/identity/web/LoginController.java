package org.mutualis.identity.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.SignInRefusedException;
import org.mutualis.identity.security.SignInLockedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's POST and the OpenID Connect exchanges. */
@Controller
class LoginController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final IdentityMessages messages;
    private final Clock clock;

    LoginController(IdentityMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/login")
    String login(@Nullable Authentication authentication, @Nullable HttpSession session, Model model) {
        if (signedIn(authentication)) {
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

    /**
     * Where a sign-in through an OpenID Connect provider lands when Mutualis lets the person in as
     * nobody: the reason in French (or the reader's language); the address only picks one of the
     * known reasons, it is never shown.
     */
    @GetMapping(path = "/login", params = "refused")
    String refused(@RequestParam String refused, @Nullable Authentication authentication, Locale locale, Model model) {
        if (signedIn(authentication)) {
            return "redirect:/";
        }
        String message = messages.text("identity.refused.failed", locale);
        for (SignInRefusedException.Reason reason : SignInRefusedException.Reason.values()) {
            if (reason.name().toLowerCase(Locale.ROOT).equals(refused)) {
                message = messages.of(new SignInRefusedException(reason), locale);
            }
        }
        model.addAttribute("message", message);
        return "identity/sign-in-refused";
    }

    private static boolean signedIn(@Nullable Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
