package org.mutualis.servicedesk.web;

import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.MailIntake;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The centre's mailbox for its agents: the messages that did not become tickets, and why. */
@Controller
class MailIntakePageController {

    private final MailIntake intake;

    MailIntakePageController(MailIntake intake) {
        this.intake = intake;
    }

    @GetMapping("/servicedesk/mail")
    String log(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        model.addAttribute("log", intake.log(territory, user));
        return "servicedesk/mail/list";
    }
}
