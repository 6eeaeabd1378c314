package org.mutualis.savings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.savings.Offers;
import org.mutualis.savings.SizeClassRow;
import org.mutualis.savings.SizeClassSettings;
import org.mutualis.savings.domain.SizeClass;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The size classes of a territory's savings, edited by the EPCI's staff. */
@Controller
class SizeClassPageController {

    /** Rows offered on the form besides the classes already set. */
    private static final int SPARE_ROWS = 3;

    private final SizeClassSettings settings;
    private final TerritoryScope scope;

    SizeClassPageController(SizeClassSettings settings, TerritoryScope scope) {
        this.settings = settings;
        this.scope = scope;
    }

    @GetMapping("/offers/size-classes")
    String form(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        Offers.requireStaff(user);
        TerritorySummary chosen = scope.resolve(territory, user);
        List<SizeClassRow> rows = new ArrayList<>(settings.of(chosen.id()).classes().stream()
                .map(SizeClassPageController::row)
                .toList());
        return page(chosen, rows, List.of(), model);
    }

    @PostMapping("/offers/size-classes")
    String save(
            @RequestParam long territory,
            @RequestParam(name = "code", required = false) @Nullable List<String> codes,
            @RequestParam(name = "label", required = false) @Nullable List<String> labels,
            @RequestParam(name = "min", required = false) @Nullable List<String> mins,
            @RequestParam(name = "max", required = false) @Nullable List<String> maxs,
            @RequestParam(name = "named", required = false) @Nullable List<String> named,
            Model model,
            CurrentUser user) {
        List<SizeClassRow> rows = new ArrayList<>();
        int count = codes == null ? 0 : codes.size();
        for (int i = 0; i < count; i++) {
            rows.add(new SizeClassRow(at(codes, i), at(labels, i), at(mins, i), at(maxs, i), at(named, i)));
        }
        try {
            settings.save(territory, rows, user);
        } catch (InvalidInputException e) {
            return page(scope.resolve(territory, user), rows, e.inputProblems(), model);
        }
        return "redirect:/offers/size-classes?territory=" + territory + "&saved";
    }

    private String page(
            TerritorySummary territory,
            List<SizeClassRow> rows,
            List<org.mutualis.shared.error.InputProblem> problems,
            Model model) {
        List<SizeClassRow> shown =
                new ArrayList<>(rows.stream().filter(r -> !blank(r)).toList());
        for (int i = 0; i < SPARE_ROWS; i++) {
            shown.add(new SizeClassRow("", "", "", "", ""));
        }
        model.addAttribute("territory", territory);
        model.addAttribute("rows", shown);
        model.addAttribute("problems", problems);
        model.addAttribute("defaulted", settings.defaulted(territory.id()));
        return "procurement/offers/size-classes";
    }

    static SizeClassRow row(SizeClass c) {
        return new SizeClassRow(
                c.code(),
                c.label(),
                c.minPopulation() == null ? "" : String.valueOf(c.minPopulation()),
                c.maxPopulation() == null ? "" : String.valueOf(c.maxPopulation()),
                c.collectivityCodes().stream().sorted().collect(Collectors.joining(", ")));
    }

    private static boolean blank(SizeClassRow r) {
        return (r.code() == null || r.code().isBlank())
                && (r.label() == null || r.label().isBlank());
    }

    private static @Nullable String at(@Nullable List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }
}
