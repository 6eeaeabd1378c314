package org.mutualis.servicefinance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.StatementList;
import org.mutualis.servicefinance.Statements;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/servicefinance")
@Tag(
        name = "États annuels des recours au service",
        description = "L’état annuel d’une collectivité (CGCT D5211-16) : chaque recours converti en unités × le coût"
                + " unitaire de l’année, les totaux par service, les recours non retenus")
class StatementApiController {

    private final Statements statements;

    StatementApiController(Statements statements) {
        this.statements = statements;
    }

    @GetMapping("/statements")
    @Operation(
            summary = "Les états annuels du territoire pour une année (cette année par défaut) : une ligne par"
                    + " collectivité avec son total, et le total du territoire (un correspondant : sa seule ligne)")
    StatementList list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        return statements.list(territory, year, user);
    }

    @GetMapping("/collectivities/{collectivityId}/statement")
    @Operation(
            summary =
                    "L’état annuel d’une collectivité pour une année (cette année par défaut), ou pour la période de sa"
                            + " convention (from, to : un an au plus, CGCT D5211-16), établi avec ceux de son territoire :"
                            + " les centimes s’additionnent au total du territoire (un correspondant : le sien)")
    Statement statement(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            CurrentUser user) {
        return statements.of(collectivityId, year, from, to, user).statement();
    }
}
