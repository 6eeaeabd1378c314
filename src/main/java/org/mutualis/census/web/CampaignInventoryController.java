package org.mutualis.census.web;

import org.mutualis.census.CampaignInventory;
import org.mutualis.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Census from inventory (issue 15): the staff's page to take the inventory's counts into a
 * campaign (a confirmation first, then what it did); API clients have {@code CampaignApiController}.
 */
@Controller
class CampaignInventoryController {

    private final CampaignInventory inventory;

    CampaignInventoryController(CampaignInventory inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/campaigns/{id}/inventory")
    String confirm(@PathVariable long id, Model model, CurrentUser user) {
        model.addAttribute("campaign", inventory.toTake(id, user));
        model.addAttribute("available", inventory.available());
        return "census/inventory";
    }

    @PostMapping("/campaigns/{id}/inventory")
    String take(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
        redirect.addFlashAttribute("taking", inventory.take(id, user));
        return "redirect:/campaigns/" + id + "/inventory";
    }
}
