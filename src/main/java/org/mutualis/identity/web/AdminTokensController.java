package org.mutualis.identity.web;

import org.mutualis.identity.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every API token, for administrators; revoking goes through the owner's confirmation page. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminTokensController {

    private final Accounts accounts;

    AdminTokensController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/tokens")
    String list(Model model) {
        model.addAttribute("tokens", accounts.allTokens());
        return "identity/admin-tokens";
    }
}
