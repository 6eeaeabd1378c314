package org.mutualis.census.web;

import org.mutualis.census.Campaigns;
import org.mutualis.census.ExclusionView;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Answers left out of the synthesis, with their reasons; removal asks for confirmation. */
@Controller
class ExclusionPageController {

    private final Campaigns campaigns;
    private final CurrentUsers users;

    ExclusionPageController(Campaigns campaigns, CurrentUsers users) {
        this.campaigns = campaigns;
        this.users = users;
    }

    @GetMapping("/campaigns/{id}/exclusions")
    String list(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("questionnaire", campaigns.questionnaire(id));
        model.addAttribute("exclusions", campaigns.exclusions(id));
        model.addAttribute("collectivities", campaigns.visibleCollectivities(id, user));
        model.addAttribute("staff", user.isStaff());
        return "census/exclusions";
    }

    @PostMapping("/campaigns/{id}/exclusions")
    String add(
            @PathVariable long id,
            @RequestParam long collectivityId,
            @RequestParam String indicatorCode,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        campaigns.exclude(id, collectivityId, indicatorCode, reason, users.require());
        redirect.addFlashAttribute("notice", "exclusions.added");
        return "redirect:/campaigns/" + id + "/exclusions";
    }

    @GetMapping("/campaigns/{id}/exclusions/{exclusionId}/remove")
    String confirmRemoval(@PathVariable long id, @PathVariable long exclusionId, Model model) {
        if (!users.require().isStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("staff only");
        }
        ExclusionView exclusion = campaigns.exclusions(id).stream()
                .filter(e -> e.id() == exclusionId)
                .findFirst()
                .orElseThrow(() -> new org.mutualis.shared.error.NotFoundException("census.exclusion.notfound"));
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("exclusion", exclusion);
        return "census/exclusion-remove";
    }

    @PostMapping("/campaigns/{id}/exclusions/{exclusionId}/remove")
    String remove(@PathVariable long id, @PathVariable long exclusionId, RedirectAttributes redirect) {
        campaigns.removeExclusion(id, exclusionId, users.require());
        redirect.addFlashAttribute("notice", "exclusions.removed");
        return "redirect:/campaigns/" + id + "/exclusions";
    }
}
