package org.mutualis.identity.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.AccountDirectory;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.IdentityException;
import org.mutualis.identity.Role;
import org.mutualis.shared.ListPage;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.web.PageLinks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account management for administrators: list and search, create, disable after confirmation, enable. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/users")
class AdminUsersController {

    static final int PAGE_SIZE = 50;

    private final Accounts accounts;
    private final AccountDirectory store;
    private final CollectivityChoices collectivities;
    private final IdentityMessages messages;

    AdminUsersController(
            Accounts accounts, AccountDirectory store, CollectivityChoices collectivities, IdentityMessages messages) {
        this.accounts = accounts;
        this.store = store;
        this.collectivities = collectivities;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "territory", required = false) @Nullable Long territory,
            @RequestParam(name = "tq", defaultValue = "") String territoryQuery,
            Model model,
            CurrentUser user) {
        fill(model, q, page, territory, territoryQuery, user);
        model.addAttribute("form", AccountForm.empty());
        return "identity/admin-users";
    }

    /** Accounts created here must change their password at first sign-in: the administrator knows it. */
    @PostMapping
    String create(AccountForm form, Locale locale, Model model, RedirectAttributes redirect, CurrentUser user) {
        try {
            if (form.role() == null) {
                throw new IdentityException("roleRequired", "Choisissez un rôle.");
            }
            var created = accounts.create(form.toNewAccount(form.role()), true);
            redirect.addFlashAttribute("created", created.username());
            return "redirect:/admin/users";
        } catch (IdentityException e) {
            fill(model, "", 1, null, "", user);
            model.addAttribute("form", form.withoutPassword());
            model.addAttribute("error", messages.of(e, locale));
            return "identity/admin-users";
        }
    }

    @GetMapping("/{id}/disable")
    String confirmDisable(@PathVariable long id, Locale locale, Model model) {
        var account = store.byId(id).orElseThrow(() -> new NotFoundException("identity.error.unknownAccount"));
        model.addAttribute(
                "question",
                messages.text("identity.users.disable.question", locale, account.username(), account.displayName()));
        model.addAttribute("action", "/admin/users/" + id + "/disable");
        model.addAttribute("from", "");
        model.addAttribute("confirmLabel", messages.text("identity.users.disable", locale));
        model.addAttribute("cancel", "/admin/users");
        return "identity/confirm";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, Locale locale, RedirectAttributes redirect, CurrentUser user) {
        return setEnabled(id, false, locale, redirect, user);
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, Locale locale, RedirectAttributes redirect, CurrentUser user) {
        return setEnabled(id, true, locale, redirect, user);
    }

    private String setEnabled(long id, boolean enabled, Locale locale, RedirectAttributes redirect, CurrentUser user) {
        try {
            accounts.setEnabled(id, enabled, user);
            redirect.addFlashAttribute(
                    "done", messages.text(enabled ? "identity.users.enabled" : "identity.users.disabled", locale));
        } catch (IdentityException e) {
            redirect.addFlashAttribute("error", messages.of(e, locale));
        }
        return "redirect:/admin/users";
    }

    private void fill(
            Model model, String q, int page, @Nullable Long territory, String territoryQuery, CurrentUser user) {
        long total = store.count(q);
        int current = ListPage.number(page, PAGE_SIZE, total);
        var accountsShown = store.search(q, (int) ListPage.offset(current, PAGE_SIZE), PAGE_SIZE);
        ListPage<?> shown = new ListPage<>(accountsShown, current, PAGE_SIZE, total);
        var choices = collectivities.choices(territory, territoryQuery);
        model.addAttribute("accounts", accountsShown);
        model.addAttribute("q", q);
        model.addAttribute("tq", territoryQuery.strip());
        model.addAttribute("pages", PageLinks.of(shown));
        model.addAttribute("total", total);
        model.addAttribute("paged", total > PAGE_SIZE || !q.isBlank());
        model.addAttribute("roles", Role.values());
        model.addAttribute("me", user.id()); // no link to disable oneself: it would be refused
        model.addAttribute("choices", choices);
        model.addAttribute("collectivityGroups", choices.groups());
        model.addAttribute(
                "collectivityNames",
                collectivities.names(accountsShown.stream()
                        .map(a -> a.collectivityId())
                        .filter(java.util.Objects::nonNull)
                        .toList()));
    }
}
