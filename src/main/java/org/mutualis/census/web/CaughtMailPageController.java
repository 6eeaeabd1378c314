package org.mutualis.census.web;

import org.mutualis.census.mail.CaughtMails;
import org.mutualis.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** « Courriels envoyés (démo) »: what the demo's mail catcher kept instead of sending. Staff only. */
@Controller
class CaughtMailPageController {

    private final CaughtMails mails;

    CaughtMailPageController(CaughtMails mails) {
        this.mails = mails;
    }

    @GetMapping("/admin/mails")
    String page(Model model, CurrentUser user) {
        model.addAttribute("mails", mails.all(user));
        model.addAttribute("catcher", mails.enabled());
        return "census/mails";
    }
}
