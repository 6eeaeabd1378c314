package org.mutualis.census.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignInvitations;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CollectivityInvitation;
import org.mutualis.census.FreshLink;
import org.mutualis.census.InvitationOutcome;
import org.mutualis.census.InvitationRequest;
import org.mutualis.census.MailNotSentException;
import org.mutualis.census.mail.CaughtMails;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.IdentityException;
import org.mutualis.shared.error.MutualisException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Texts;
import org.mutualis.territory.CollectivityView;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A campaign's invitations: every collectivité of the territory with its status, inviting a
 * selection in one action (after a confirmation step when it is more than one), a new personal
 * link to copy, reminding the late ones. Staff only.
 */
@Controller
class InvitationPageController {

    /** What the page says of one row of a batch once sent; Serializable: it crosses the redirect. */
    record Outcome(String collectivityName, String email, boolean sent, String message) implements Serializable {}

    /** A row of the confirmation step. */
    record Pending(long collectivityId, String collectivityName, String email) {}

    private final Campaigns campaigns;
    private final CampaignInvitations invitations;
    private final CaughtMails catcher;
    private final MessageSource messages;
    private final Texts texts;

    InvitationPageController(
            Campaigns campaigns,
            CampaignInvitations invitations,
            CaughtMails catcher,
            MessageSource messages,
            Texts texts) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.catcher = catcher;
        this.messages = messages;
        this.texts = texts;
    }

    @GetMapping("/campaigns/{id}/invitations")
    String page(@PathVariable long id, Model model, CurrentUser user) {
        return show(id, user, model);
    }

    /**
     * Invites the rows ticked in the table ({@code selected}, with their {@code email_<id>}), or
     * one collectivité ({@code collectivityId} and {@code email}, as the API and older forms do).
     * More than one row goes through a confirmation step ({@code confirmed}); a wrong row is
     * shown on its line and nothing is sent.
     */
    @PostMapping("/campaigns/{id}/invitations")
    String invite(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long collectivityId,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        if (collectivityId == null) {
            return inviteSelection(id, confirmed, params, locale, model, response, redirect, user);
        }
        try {
            var sent = invitations.invite(id, collectivityId, email, user);
            redirect.addFlashAttribute("invitedEmail", sent.email());
            redirect.addFlashAttribute("invitedName", sent.collectivityName());
            return "redirect:/campaigns/" + id + "/invitations";
        } catch (RejectedException | MailNotSentException e) {
            // The form again, as typed, with the reason: the person corrects and sends again.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", message(e, locale));
            model.addAttribute("chosen", collectivityId);
            model.addAttribute("email", email);
            return show(id, user, model);
        }
    }

    private String inviteSelection(
            long id,
            boolean confirmed,
            MultiValueMap<String, String> params,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        Set<Long> selected = new LinkedHashSet<>();
        for (String value : params.getOrDefault("selected", List.of())) {
            try {
                selected.add(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                // not a row of the table: ignored, as an unticked box
            }
        }
        Map<Long, String> typed = new HashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith("email_") && !values.isEmpty()) {
                try {
                    typed.put(Long.parseLong(name.substring("email_".length())), values.get(0));
                } catch (NumberFormatException e) {
                    // not a row of the table
                }
            }
        });
        List<InvitationRequest> rows = selected.stream()
                .map(c -> new InvitationRequest(c, typed.getOrDefault(c, "").strip()))
                .toList();
        List<CollectivityView> collectivities;
        try {
            collectivities = invitations.check(id, rows, user);
        } catch (RejectedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> rowErrors = new HashMap<>();
            for (Problem p : e.problems()) {
                if (p.field() != null) {
                    rowErrors.put(
                            p.field(),
                            messages.getMessage(
                                    p.code(), Texts.resolvable(p.args().toArray()), p.code(), locale));
                }
            }
            model.addAttribute("error", message(e, locale));
            model.addAttribute("rowErrors", rowErrors);
            model.addAttribute("selected", selected);
            model.addAttribute("typed", typed);
            return show(id, user, model);
        }
        if (!confirmed && rows.size() > 1) {
            List<Pending> pending = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                pending.add(new Pending(
                        rows.get(i).collectivityId(),
                        collectivities.get(i).name(),
                        rows.get(i).email()));
            }
            model.addAttribute("campaign", campaigns.get(id, user));
            model.addAttribute("pending", pending);
            return "census/invitations-confirm";
        }
        List<InvitationOutcome> outcomes = invitations.inviteAll(id, rows, user);
        redirect.addFlashAttribute(
                "outcomes",
                outcomes.stream()
                        .map(o -> new Outcome(
                                o.collectivityName(),
                                o.email(),
                                o.sent(),
                                o.failure() == null ? "" : texts.in(o.failure(), locale)))
                        .toList());
        redirect.addFlashAttribute(
                "sentCount", outcomes.stream().filter(InvitationOutcome::sent).count());
        return "redirect:/campaigns/" + id + "/invitations";
    }

    /**
     * A new personal link for an invited collectivité, shown once on the page with a button to copy
     * it: for when e-mail cannot serve. It replaces the person's previous link.
     */
    @PostMapping("/campaigns/{id}/invitations/{collectivityId}/link")
    String newLink(
            @PathVariable long id,
            @PathVariable long collectivityId,
            Locale locale,
            Model model,
            HttpServletResponse response,
            CurrentUser user) {
        try {
            FreshLink link = invitations.newLink(id, collectivityId, user);
            model.addAttribute("freshLink", link);
        } catch (RejectedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", message(e, locale));
        }
        // The page, not a redirection: the link is nowhere else, not even in the session.
        response.setHeader("Cache-Control", "no-store");
        return show(id, user, model);
    }

    /** The confirmation step: who the reminder will go to. */
    @GetMapping("/campaigns/{id}/reminders")
    String confirmReminders(@PathVariable long id, Model model, CurrentUser user) {
        model.addAttribute("late", invitations.late(id, user));
        model.addAttribute("campaign", campaigns.get(id, user));
        return "census/reminders";
    }

    @PostMapping("/campaigns/{id}/reminders")
    String remind(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
        redirect.addFlashAttribute("reminded", invitations.remind(id, user));
        return "redirect:/campaigns/" + id + "/invitations";
    }

    private String show(long id, CurrentUser user, Model model) {
        List<CollectivityInvitation> rows = invitations.byCollectivity(id, user);
        model.addAttribute("campaign", campaigns.get(id, user));
        model.addAttribute("rows", rows);
        model.addAttribute(
                "lateCount", rows.stream().filter(CollectivityInvitation::late).count());
        model.addAttribute(
                "invitedCount",
                rows.stream().filter(r -> r.invitation() != null).count());
        model.addAttribute("contacts", invitations.contacts(id, user));
        model.addAttribute("catcher", catcher.enabled());
        if (!model.containsAttribute("selected")) {
            model.addAttribute("selected", Set.of());
            model.addAttribute("typed", Map.of());
            model.addAttribute("rowErrors", Map.of());
        }
        return "census/invitations";
    }

    private String message(RuntimeException e, Locale locale) {
        String french = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof IdentityException identity) {
            return messages.getMessage(identity.messageKey(), null, french, locale);
        }
        return e instanceof MutualisException refusal
                ? messages.getMessage(refusal.code(), Texts.resolvable(refusal.args()), french, locale)
                : french;
    }
}
