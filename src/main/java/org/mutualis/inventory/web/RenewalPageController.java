package org.mutualis.inventory.web;

import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.RenewalPlanView;
import org.mutualis.inventory.RenewalPlans;
import org.mutualis.inventory.documents.RenewalOds;
import org.mutualis.shared.NumberDisplay;
import org.mutualis.shared.web.Downloads;
import org.mutualis.shared.web.PageLinks;
import org.mutualis.territory.TerritorySummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The renewal plan's pages, per collectivité and per territory, and their ODS workbooks. */
@Controller
class RenewalPageController {

    static final MediaType ODS = MediaType.valueOf("application/vnd.oasis.opendocument.spreadsheet");

    private final RenewalPlans plans;
    private final NumberDisplay numbers;

    RenewalPageController(RenewalPlans plans, NumberDisplay numbers) {
        this.plans = plans;
        this.numbers = numbers;
    }

    @GetMapping("/inventory/collectivities/{collectivityId}/renewal")
    String collectivity(
            @PathVariable long collectivityId,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            CurrentUser user) {
        return page(model, plans.ofCollectivity(collectivityId, page, user));
    }

    @GetMapping("/inventory/renewal")
    String territory(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            CurrentUser user) {
        TerritorySummary t = plans.territory(territory, user);
        return page(model, plans.ofTerritory(t, page, user));
    }

    @GetMapping("/inventory/collectivities/{collectivityId}/renewal.ods")
    ResponseEntity<byte[]> collectivityOds(@PathVariable long collectivityId, CurrentUser user) {
        RenewalOds.Workbook ods = plans.odsOfCollectivity(collectivityId, user);
        return Downloads.attachment(ods.bytes(), ODS, ods.fileName());
    }

    @GetMapping("/inventory/renewal.ods")
    ResponseEntity<byte[]> territoryOds(@RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        RenewalOds.Workbook ods = plans.odsOfTerritory(plans.territory(territory, user), user);
        return Downloads.attachment(ods.bytes(), ODS, ods.fileName());
    }

    private String page(Model model, RenewalPlanView plan) {
        model.addAttribute("plan", plan);
        model.addAttribute("numbers", numbers);
        model.addAttribute("pages", PageLinks.of(plan.machines()));
        return "inventory/renewal";
    }
}
