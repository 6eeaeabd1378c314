package org.mutualis.inventory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.CollectivityExposure;
import org.mutualis.inventory.EndOfSupportCosts;
import org.mutualis.inventory.RenewalPlanView;
import org.mutualis.inventory.RenewalPlans;
import org.mutualis.inventory.TerritoryExposure;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The end-of-support exposure in euros and the renewal plan over HTTP. */
@RestController
@RequestMapping("/api/inventory")
@Tag(
        name = "Inventaire : fins de support et renouvellement",
        description =
                "Les postes hors support ou bientôt hors support et les euros pour les remplacer, aux coûts moyens"
                        + " du recensement ; le plan de renouvellement année par année")
class RenewalApiController {

    private final EndOfSupportCosts exposure;
    private final RenewalPlans plans;

    RenewalApiController(EndOfSupportCosts exposure, RenewalPlans plans) {
        this.exposure = exposure;
        this.plans = plans;
    }

    @GetMapping("/collectivities/{collectivityId}/exposure")
    @Operation(
            summary =
                    "Les postes d’une collectivité hors support ou en fin de support dans l’année, et leur coût de remplacement HT")
    CollectivityExposure collectivityExposure(@PathVariable long collectivityId, CurrentUser user) {
        return exposure.ofCollectivity(collectivityId, user);
    }

    @GetMapping("/exposure")
    @Operation(summary = "La même chose par collectivité du territoire, et son total")
    TerritoryExposure territoryExposure(@RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        return exposure.ofTerritory(exposure.territory(territory, user), user);
    }

    @GetMapping("/collectivities/{collectivityId}/renewal")
    @Operation(
            summary =
                    "Le plan de renouvellement d’une collectivité sur cinq ans : postes, euros HT et TTC par année et par"
                            + " type, vague de migration, et chaque poste dû (par pages de 50)")
    RenewalPlanView collectivityPlan(
            @PathVariable long collectivityId, @RequestParam(defaultValue = "1") int page, CurrentUser user) {
        return plans.ofCollectivity(collectivityId, page, user);
    }

    @GetMapping("/renewal")
    @Operation(summary = "Le plan de renouvellement du territoire, par année et par collectivité")
    RenewalPlanView territoryPlan(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(defaultValue = "1") int page,
            CurrentUser user) {
        return plans.ofTerritory(plans.territory(territory, user), page, user);
    }
}
