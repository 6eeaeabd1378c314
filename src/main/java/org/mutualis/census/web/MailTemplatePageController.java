package org.mutualis.census.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.mutualis.census.CampaignMailTemplates;
import org.mutualis.census.Campaigns;
import org.mutualis.census.mail.MailTemplate;
import org.mutualis.census.mail.MailText;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.error.Problem;
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

/**
 * The wording of the census e-mails of a campaign's territory: edit, preview, save, back to the
 * default text. Staff only.
 */
@Controller
class MailTemplatePageController {

    private final Campaigns campaigns;
    private final CampaignMailTemplates templates;
    private final MessageSource messages;

    MailTemplatePageController(Campaigns campaigns, CampaignMailTemplates templates, MessageSource messages) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{id}/mail-templates")
    String page(@PathVariable long id, Model model, CurrentUser user) {
        return show(id, user, model);
    }

    /** {@code action}: {@code preview} (nothing kept), {@code save} or {@code reset} (the default text again). */
    @PostMapping("/campaigns/{id}/mail-templates/{kind}")
    String change(
            @PathVariable long id,
            @PathVariable String kind,
            @RequestParam(defaultValue = "preview") String action,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        templates.get(id, kind, user); // access and kind first
        if ("reset".equals(action)) {
            templates.reset(id, kind, user);
            redirect.addFlashAttribute("resetKind", kind);
            return "redirect:/campaigns/" + id + "/mail-templates#" + kind;
        }
        try {
            if ("save".equals(action)) {
                templates.save(id, kind, subject, body, user);
                redirect.addFlashAttribute("savedKind", kind);
                return "redirect:/campaigns/" + id + "/mail-templates#" + kind;
            }
            MailText preview = templates.preview(id, kind, subject, body, user);
            model.addAttribute("preview", preview);
        } catch (RejectedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> problems = new HashMap<>();
            for (Problem p : e.problems()) {
                String text =
                        messages.getMessage(p.code(), Texts.resolvable(p.args().toArray()), p.code(), locale);
                problems.merge(p.field() == null ? "body" : p.field(), text, (a, b) -> a + " " + b);
            }
            model.addAttribute("problems", problems);
        }
        model.addAttribute("editedKind", kind);
        model.addAttribute("editedSubject", subject);
        model.addAttribute("editedBody", body);
        return show(id, user, model);
    }

    private String show(long id, CurrentUser user, Model model) {
        model.addAttribute("campaign", campaigns.get(id, user));
        model.addAttribute("templates", templates.of(id, user));
        model.addAttribute(
                "placeholders",
                MailTemplate.PLACEHOLDERS.stream().map(p -> "{" + p + "}").toList());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return "census/mail-templates";
    }
}
