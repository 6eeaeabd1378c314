package org.mutualis.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Objects;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.IdentityException;
import org.mutualis.identity.security.PasswordChangeObligation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password; the first stop after sign-in while a new password is due. */
@Controller
class PasswordController {

    // Absent fields bind as null: read them as empty, which the rules then refuse.
    record PasswordForm(String current, String next, String confirmation) {
        PasswordForm {
            current = Objects.requireNonNullElse(current, "");
            next = Objects.requireNonNullElse(next, "");
            confirmation = Objects.requireNonNullElse(confirmation, "");
        }
    }

    private final Accounts accounts;
    private final IdentityMessages messages;

    PasswordController(Accounts accounts, IdentityMessages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form(HttpServletRequest request, Model model) {
        model.addAttribute("obligation", PasswordChangeObligation.pending(request));
        return "identity/password";
    }

    @PostMapping("/account/password")
    String change(
            PasswordForm form,
            HttpServletRequest request,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            CurrentUser user) {
        int revokedTokens;
        try {
            if (!form.next().equals(form.confirmation())) {
                throw new IdentityException("passwordMismatch", "Les deux saisies du nouveau mot de passe diffèrent.");
            }
            revokedTokens = accounts.changePassword(user.id(), form.current(), form.next());
        } catch (IdentityException e) {
            model.addAttribute("obligation", PasswordChangeObligation.pending(request));
            model.addAttribute("error", messages.of(e, locale));
            return "identity/password";
        }
        PasswordChangeObligation.lift(request);
        redirect.addFlashAttribute("changed", true);
        redirect.addFlashAttribute("revokedTokens", revokedTokens);
        return "redirect:/account/password";
    }
}
