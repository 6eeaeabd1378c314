package org.mutualis.savings.web;

import java.util.List;
import java.util.stream.Collectors;
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
import org.mutualis.shared.error.InputProblem;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

    ScenarioPageController(Scenarios scenarios, TerritoryScope scope, Territories territories) {
        this.scenarios = scenarios;
        this.scope = scope;
        this.territories = territories;
    }

    @GetMapping("/scenarios")
    String compare(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Long campaign,
            Model model,
            CurrentUser user) {
        TerritorySummary chosen = scope.resolve(territory, user);
        model.addAttribute("territory", chosen);
        model.addAttribute("territories", scope.choices(user));
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
        return form(scenario, ScenarioForm.of(scenario), scenario.version(), List.of(), model);
    }

    @PostMapping("/scenarios/{id}")
    String update(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String retainedPercent,
            @RequestParam(required = false) @Nullable String assumption,
            @RequestParam(required = false) @Nullable String advantages,
            @RequestParam(required = false) @Nullable String drawbacks,
            @RequestParam(required = false) @Nullable List<String> themes,
            @RequestParam(required = false) @Nullable List<String> participants,
            Model model,
            CurrentUser user) {
        ScenarioView scenario = scenarios.get(id, user);
        ScenarioForm form =
                new ScenarioForm(name, kind, retainedPercent, assumption, advantages, drawbacks, themes, participants);
        try {
            scenarios.update(id, version, form, user);
            return "redirect:/scenarios?territory=" + scenario.territoryId();
        } catch (InvalidInputException e) {
            return form(scenario, form, version, e.inputProblems(), model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
            return form(scenario, form, version, List.of(), model);
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

    private String form(
            ScenarioView scenario, ScenarioForm form, int version, List<InputProblem> problems, Model model) {
        model.addAttribute("scenario", scenario);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "fieldProblems",
                problems.stream()
                        .collect(Collectors.toMap(
                                InputProblem::field,
                                InputProblem::message,
                                (a, b) -> org.mutualis.shared.text.Text.of("text.two", a, b))));
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
