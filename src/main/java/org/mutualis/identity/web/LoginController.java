package org.mutualis.identity.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.SignInRefusedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's POST and the OpenID Connect exchanges. */
@Controller
class LoginController {

    private final IdentityMessages messages;

    LoginController(IdentityMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(@Nullable Authentication authentication) {
        if (signedIn(authentication)) {
            return "redirect:/";
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
