package org.mutualis.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.IdentityException;
import org.mutualis.identity.InvalidInvitationException;
import org.mutualis.identity.Invitations;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page an invitation e-mail links to: the person chooses their password, then signs in
 * through the ordinary form. Open to anyone holding the link; the link is the credential.
 */
@Controller
class InvitationController {

    // Absent fields bind as null: read them as empty, which the rules then refuse.
    record InvitationForm(String password, String confirmation) {
        InvitationForm {
            password = Objects.requireNonNullElse(password, "");
            confirmation = Objects.requireNonNullElse(confirmation, "");
        }
    }

    private final Invitations invitations;
    private final IdentityMessages messages;

    InvitationController(Invitations invitations, IdentityMessages messages) {
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping("/invitation/{token}")
    String form(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
        hideToken(response);
        model.addAttribute("token", token);
        try {
            model.addAttribute("invitation", invitations.pending(token));
        } catch (InvalidInvitationException e) {
            return invalid(e, locale, model, response);
        }
        return "identity/invitation";
    }

    @PostMapping("/invitation/{token}")
    String accept(
            @PathVariable String token, InvitationForm form, Locale locale, Model model, HttpServletResponse response) {
        hideToken(response);
        model.addAttribute("token", token);
        try {
            invitations.accept(token, form.password(), form.confirmation());
        } catch (InvalidInvitationException e) {
            return invalid(e, locale, model, response);
        } catch (IdentityException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invitation", invitations.pending(token));
            model.addAttribute("error", messages.of(e, locale));
            return "identity/invitation";
        }
        return "redirect:/login?invited";
    }

    /** The sign-in page with a word for the person who has just chosen their password. */
    @GetMapping(path = "/login", params = "invited")
    String signIn(@Nullable Authentication authentication) {
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        return "identity/invitation-signin";
    }

    private String invalid(InvalidInvitationException e, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(e.unknown() ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("message", messages.of(e, locale));
        return "identity/invitation-invalid";
    }

    // The token is in the address: no Referer header must carry it to another site.
    private static void hideToken(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
