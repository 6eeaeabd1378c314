package org.mutualis.census.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignInvitations;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CollectivityInvitation;
import org.mutualis.census.MailNotSentException;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.IdentityException;
import org.mutualis.shared.error.MutualisException;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Texts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A campaign's invitations: who was invited where, inviting by e-mail, reminding the late ones. Staff only. */
@Controller
class InvitationPageController {

    private final Campaigns campaigns;
    private final CampaignInvitations invitations;
    private final MessageSource messages;

    InvitationPageController(Campaigns campaigns, CampaignInvitations invitations, MessageSource messages) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{id}/invitations")
    String page(@PathVariable long id, Model model, CurrentUser user) {
        return show(id, user, model);
    }

    @PostMapping("/campaigns/{id}/invitations")
    String invite(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long collectivityId,
            @RequestParam(defaultValue = "") String email,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
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
