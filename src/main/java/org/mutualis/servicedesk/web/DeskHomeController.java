package org.mutualis.servicedesk.web;

import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.TicketFilter;
import org.mutualis.servicedesk.Tickets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The service desk's home: agents go to their queue; a correspondent sees their tickets. */
@Controller
class DeskHomeController {

    private final Tickets tickets;
    private final java.time.Clock clock;

    DeskHomeController(Tickets tickets, java.time.Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    /** The service desk's pages show times in the territory's zone. */
    @org.springframework.web.bind.annotation.ModelAttribute("zone")
    java.time.ZoneId zone() {
        return java.time.ZoneId.of("Europe/Paris");
    }

    @org.springframework.web.bind.annotation.ModelAttribute("now")
    java.time.Instant now() {
        return clock.instant();
    }

    @GetMapping("/servicedesk")
    String home(Model model, CurrentUser user) {
        if (user.isTechnician() || user.isAdministrator()) {
            return "redirect:/servicedesk/queue";
        }
        model.addAttribute("correspondent", user.isCorrespondent());
        if (user.isCorrespondent()) {
            model.addAttribute("page", tickets.mine(TicketFilter.all(), user));
        }
        return "servicedesk/tickets/home";
    }
}
