package org.mutualis.savings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.savings.Offers;
import org.mutualis.savings.ScenarioComparisonView;
import org.mutualis.savings.ScenarioForm;
import org.mutualis.savings.ScenarioView;
import org.mutualis.savings.Scenarios;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.web.FormChecks;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Scenarios and their comparison over HTTP. */
@RestController
@Tag(name = "Scénarios")
class ScenarioApiController {

    private final Scenarios scenarios;
    private final TerritoryScope scope;
    private final FormChecks checks;

    ScenarioApiController(Scenarios scenarios, TerritoryScope scope, FormChecks checks) {
        this.scenarios = scenarios;
        this.scope = scope;
        this.checks = checks;
    }

    /** A scenario with its version, for a change. */
    record ScenarioChange(
            int version, @NotNull @Valid @Nullable ScenarioForm scenario) {}

    @GetMapping("/api/scenarios")
    @Operation(summary = "Scénarios d’un territoire : participants, hypothèse d’effet volume, avantages, inconvénients")
    List<ScenarioView> list(@RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        return scenarios.ofTerritory(scope.resolve(territory, user).id(), user);
    }

    @GetMapping("/api/scenarios/comparison")
    @Operation(
            summary = "Comparaison des scénarios : économies attendues par an et ponctuelles, avec leurs formules ;"
                    + " un correspondant voit celles de sa collectivité",
            description = "Chaque offre d'un scénario : ses économies sur le territoire et par strate de taille,"
                    + " collectivityCount (le nombre de collectivités dont elles sont la somme) et"
                    + " collectivitiesHref, le lien de la comparaison avec les économies de chacune"
                    + " (collectivities=all : document qui grandit avec le territoire).")
    Object comparison(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Long campaign,
            @Parameter(description = "« summary » (par défaut) ou « all » : les économies de chaque collectivité")
                    @RequestParam(defaultValue = "summary")
                    String collectivities,
            CurrentUser user) {
        ScenarioComparisonView view =
                scenarios.compare(scope.resolve(territory, user).id(), campaign, user);
        return "all".equals(collectivities) ? view : ApiComparison.of(view);
    }

    @GetMapping("/api/scenarios/{id}")
    @Operation(summary = "Un scénario")
    ScenarioView get(@PathVariable long id, CurrentUser user) {
        return scenarios.get(id, user);
    }

    /** A new scenario: its name and kind; the rest is edited afterwards. */
    record NewScenario(@Nullable String name, @Nullable String kind) {}

    @PostMapping("/api/scenarios")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer un scénario (administrateur, analyste) : tous participent, effet volume du type choisi")
    ScenarioView create(@RequestParam long territory, @RequestBody NewScenario scenario, CurrentUser user) {
        return scenarios.create(territory, scenario.name(), scenario.kind(), user);
    }

    @PostMapping("/api/scenarios/study")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer les quatre scénarios de l’étude de 2012 sur un territoire qui n’en a pas")
    List<ScenarioView> study(@RequestParam long territory, CurrentUser user) {
        return scenarios.createStudyScenarios(territory, user);
    }

    @PutMapping("/api/scenarios/{id}")
    @Operation(summary = "Modifier un scénario (participants, effet volume, textes) ; 409 si la version a changé")
    ScenarioView update(@PathVariable long id, @RequestBody ScenarioChange change, CurrentUser user) {
        Offers.requireStaff(user);
        scenarios.get(id, user);
        checks.check(change);
        return scenarios.update(id, change.version(), change.scenario(), user);
    }

    @DeleteMapping("/api/scenarios/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Supprimer un scénario")
    void delete(@PathVariable long id, CurrentUser user) {
        scenarios.delete(id, user);
    }
}
