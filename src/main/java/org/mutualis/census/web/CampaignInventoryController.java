package org.mutualis.census.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.mutualis.census.AnswerSource;
import org.mutualis.census.CampaignInventory;
import org.mutualis.census.InventoryTaking;
import org.mutualis.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Census from inventory (issue 15): the staff's page to take the inventory's counts into a
 * campaign (a confirmation first, then what it did), and the same for API clients.
 */
@Controller
@Tag(name = "Recensements", description = "Campagnes, réponses des collectivités, exclusions")
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

    @PostMapping("/api/campaigns/{id}/inventory")
    @ResponseBody
    @Operation(
            summary = "Pré-remplit les réponses avec l'inventaire à la date du recensement",
            description = "Analystes et administrateurs, recensement ouvert. Les réponses déjà transmises et les"
                    + " réponses saisies ou corrigées par un correspondant ne sont pas modifiées.")
    InventoryTaking takeApi(@PathVariable long id, CurrentUser user) {
        return inventory.take(id, user);
    }

    @GetMapping("/api/campaigns/{id}/responses/{collectivityId}/inventory")
    @ResponseBody
    @Operation(summary = "Ce que l'inventaire a compté pour les réponses d'une collectivité, par question")
    Map<String, AnswerSource> sources(@PathVariable long id, @PathVariable long collectivityId, CurrentUser user) {
        return inventory.sources(id, collectivityId, user);
    }
}
