package org.mutualis.servicefinance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.BalanceList;
import org.mutualis.servicefinance.BalanceView;
import org.mutualis.servicefinance.Balances;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/servicefinance")
@Tag(
        name = "Bilans nets des collectivités",
        description = "Économies obtenues par les achats groupés (bilans des marchés) − charges du service mutualisé"
                + " (état annuel), par année ; une économie non communiquée (NC) rend le solde inconnu, jamais 0")
class BalanceApiController {

    private final Balances balances;

    BalanceApiController(Balances balances) {
        this.balances = balances;
    }

    @GetMapping("/balances")
    @Operation(
            summary = "Le bilan net de chaque collectivité du territoire pour une année (cette année par défaut) ;"
                    + " un correspondant : sa collectivité seulement")
    BalanceList balances(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        return balances.list(territory, year, user);
    }

    @GetMapping("/collectivities/{collectivityId}/balance")
    @Operation(
            summary = "Le bilan net d’une collectivité pour une année (cette année par défaut) : chaque économie avec"
                    + " son marché, les charges de son état annuel, la formule et les notes")
    BalanceView balance(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        return balances.of(collectivityId, year, user);
    }
}
