package org.mutualis.savings.web;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.savings.Offers;
import org.mutualis.savings.ScenarioForm;
import org.mutualis.savings.ScenarioView;
import org.mutualis.savings.Scenarios;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.ScenarioKind;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.web.FormPages;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The scenarios side by side, and their editing. */
@Controller
class ScenarioPageController {

    private final Scenarios scenarios;
    private final TerritoryScope scope;
    private final Territories territories;
    private final FormPages forms;

    ScenarioPageController(Scenarios scenarios, TerritoryScope scope, Territories territories, FormPages forms) {
        this.forms = forms;
        this.scenarios = scenarios;
        this.scope = scope;
        this.territories = territories;
    }

    @GetMapping("/scenarios")
    String compare(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Long campaign,
            @RequestParam(name = "tq", defaultValue = "") String territoryQuery,
            Model model,
            CurrentUser user) {
        TerritorySummary chosen = scope.resolve(territory, user);
        model.addAttribute("territory", chosen);
        TerritoryScope.Choices choices = scope.choices(chosen, territoryQuery, user);
        model.addAttribute("choices", choices);
        model.addAttribute("territories", choices.options());
        model.addAttribute("comparison", scenarios.compare(chosen.id(), campaign, user));
        model.addAttribute("kinds", ScenarioKind.values());
        return "procurement/scenarios/compare";
    }

    @PostMapping("/scenarios/study")
    String createStudyScenarios(@RequestParam long territory, CurrentUser user) {
        scenarios.createStudyScenarios(territory, user);
        return "redirect:/scenarios?territory=" + territory;
    }

    @PostMapping("/scenarios")
    String create(
            @RequestParam long territory,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String kind,
            CurrentUser user) {
        ScenarioView created = scenarios.create(territory, name, kind, user);
        return "redirect:/scenarios/" + created.id() + "/edit";
    }

    @GetMapping("/scenarios/{id}/edit")
    String edit(@PathVariable long id, Model model, CurrentUser user) {
        Offers.requireStaff(user);
        ScenarioView scenario = scenarios.get(id, user);
        forms.show(model, "scenarioForm", ScenarioForm.of(scenario));
        return form(scenario, scenario.version(), model);
    }

    @PostMapping("/scenarios/{id}")
    String update(
            @PathVariable long id,
            @RequestParam int version,
            @Valid ScenarioForm scenarioForm,
            BindingResult binding,
            Model model,
            CurrentUser user) {
        ScenarioView scenario = scenarios.get(id, user);
        if (binding.hasErrors()) {
            Offers.requireStaff(user);
            forms.refused(model, binding);
            return form(scenario, version, model);
        }
        try {
            scenarios.update(id, version, scenarioForm, user);
            return "redirect:/scenarios?territory=" + scenario.territoryId();
        } catch (InvalidInputException e) {
            forms.refused(model, binding, e.problems());
            return form(scenario, version, model);
        } catch (ConflictException e) {
            forms.refused(model, binding, List.of());
            model.addAttribute("conflict", e.getMessage());
            return form(scenario, version, model);
        }
    }

    @GetMapping("/scenarios/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model, CurrentUser user) {
        Offers.requireStaff(user);
        model.addAttribute("scenario", scenarios.get(id, user));
        return "procurement/scenarios/delete";
    }

    @PostMapping("/scenarios/{id}/delete")
    String delete(@PathVariable long id, CurrentUser user) {
        ScenarioView scenario = scenarios.get(id, user);
        scenarios.delete(id, user);
        return "redirect:/scenarios?territory=" + scenario.territoryId();
    }

    private String form(ScenarioView scenario, int version, Model model) {
        model.addAttribute("scenario", scenario);
        model.addAttribute("version", version);
        model.addAttribute("kinds", ScenarioKind.values());
        model.addAttribute("themes", ItemTheme.values());
        model.addAttribute(
                "collectivities",
                territories.collectivities(scenario.territoryId()).stream()
                        .filter(c -> !c.merged())
                        .toList());
        return "procurement/scenarios/form";
    }
}
