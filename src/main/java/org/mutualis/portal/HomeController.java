package org.mutualis.portal;

import org.mutualis.census.Campaigns;
import org.mutualis.identity.CurrentUser;
import org.mutualis.territory.Territories;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: the territories and their census campaigns. */
@Controller
class HomeController {

    private final Territories territories;
    private final Campaigns campaigns;

    HomeController(Territories territories, Campaigns campaigns) {
        this.territories = territories;
        this.campaigns = campaigns;
    }

    @GetMapping("/")
    String home(Model model, CurrentUser user) {
        model.addAttribute("territories", territories.all());
        model.addAttribute("campaigns", campaigns.all(user));
        return "home";
    }
}
