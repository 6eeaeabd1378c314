package org.mutualis.identity.web;

import java.util.Locale;
import java.util.Objects;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.IdentityException;
import org.mutualis.identity.TokenView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own API tokens: list, create (secret shown once), revoke after confirmation. */
@Controller
class TokenController {

    private final Accounts accounts;
    private final IdentityMessages messages;

    TokenController(Accounts accounts, IdentityMessages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/account/tokens")
    String list(Model model, CurrentUser user) {
        model.addAttribute("tokens", accounts.tokens(user.id()));
        return "identity/tokens";
    }

    /** Renders the secret in this response rather than after a redirect: it never reaches the session. */
    @PostMapping("/account/tokens")
    String create(@RequestParam(defaultValue = "") String name, Locale locale, Model model, CurrentUser user) {
        try {
            model.addAttribute("issued", accounts.issueToken(user.id(), name));
        } catch (IdentityException e) {
            model.addAttribute("error", messages.of(e, locale));
            model.addAttribute("name", name);
        }
        model.addAttribute("tokens", accounts.tokens(user.id()));
        return "identity/tokens";
    }

    @GetMapping("/account/tokens/{id}/revoke")
    String confirmRevoke(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String from,
            Locale locale,
            Model model,
            CurrentUser user) {
        TokenView token = accounts.token(id, user);
        model.addAttribute(
                "question", messages.text("identity.tokens.revoke.question", locale, token.name(), token.prefix()));
        model.addAttribute("action", "/account/tokens/" + id + "/revoke");
        model.addAttribute("from", fromAdmin(from, user) ? "admin" : "");
        model.addAttribute("confirmLabel", messages.text("identity.tokens.revoke", locale));
        model.addAttribute("cancel", back(from, user));
        return "identity/confirm";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String from,
            RedirectAttributes redirect,
            CurrentUser user) {
        accounts.revokeToken(id, user);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:" + back(from, user);
    }

    private static boolean fromAdmin(String from, CurrentUser user) {
        return Objects.equals(from, "admin") && user.isAdministrator();
    }

    private static String back(String from, CurrentUser user) {
        return fromAdmin(from, user) ? "/admin/tokens" : "/account/tokens";
    }
}
