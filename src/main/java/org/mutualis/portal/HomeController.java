package org.mutualis.portal;

import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The landing page after sign-in, one per role: a correspondent's questionnaires and the one
 * thing to do next; for the EPCI's staff, what needs action; for an elected official, where the
 * territory stands (printable on two pages).
 */
@Controller
class HomeController {

    private final Homes homes;

    HomeController(Homes homes) {
        this.homes = homes;
    }

    @GetMapping("/")
    String home(
            @RequestParam(name = "territory", required = false) @Nullable Long territory,
            Model model,
            CurrentUser user) {
        model.addAttribute("user", user);
        switch (user.role()) {
            case CORRESPONDENT -> model.addAttribute("correspondent", homes.correspondent(user));
            case ADMIN, ANALYST -> model.addAttribute("staff", homes.staff(user));
            case ELECTED -> model.addAttribute("elected", homes.elected(user, territory));
            case TECHNICIAN -> {
                // The service centre's technician works from the service desk, nowhere else.
                return "redirect:/servicedesk";
            }
        }
        return "home";
    }
}
