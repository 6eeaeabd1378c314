package org.mutualis.savings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.savings.Offers;
import org.mutualis.savings.SizeClassRow;
import org.mutualis.savings.SizeClassSettings;
import org.mutualis.savings.domain.SizeClass;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.web.FormPages;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The size classes of a territory's savings, edited by the EPCI's staff. */
@Controller
class SizeClassPageController {

    /** Rows offered on the form besides the classes already set. */
    private static final int SPARE_ROWS = 3;

    private static final Pattern ROW = Pattern.compile("rows\\[(\\d+)]\\..*");

    private final SizeClassSettings settings;
    private final TerritoryScope scope;
    private final FormPages forms;

    SizeClassPageController(SizeClassSettings settings, TerritoryScope scope, FormPages forms) {
        this.settings = settings;
        this.scope = scope;
        this.forms = forms;
    }

    /** The grid of the page: one row per class, {@code rows[0].minPopulation} and so on. */
    record SizeClassGrid(@Nullable List<SizeClassRow> rows) {

        List<SizeClassRow> filled() {
            return rows == null
                    ? List.of()
                    : rows.stream().filter(Objects::nonNull).toList();
        }
    }

    @GetMapping("/offers/size-classes")
    String form(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        Offers.requireStaff(user);
        TerritorySummary chosen = scope.resolve(territory, user);
        List<SizeClassRow> rows = new ArrayList<>(settings.of(chosen.id()).classes().stream()
                .map(SizeClassPageController::row)
                .toList());
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new SizeClassRow("", "", null, null, ""));
        }
        forms.show(model, "sizeClassGrid", new SizeClassGrid(rows));
        return page(chosen, rows.size(), model);
    }

    @PostMapping("/offers/size-classes")
    String save(
            @RequestParam long territory,
            @Valid SizeClassGrid sizeClassGrid,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            CurrentUser user) {
        if (binding.hasErrors()) {
            Offers.requireStaff(user);
            forms.refused(model, binding, SizeClassGrid.class);
            return page(scope.resolve(territory, user), rowsSent(request), model);
        }
        try {
            settings.save(territory, sizeClassGrid.filled(), user);
        } catch (InvalidInputException e) {
            forms.refused(model, binding, e.problems());
            return page(scope.resolve(territory, user), rowsSent(request), model);
        }
        return "redirect:/offers/size-classes?territory=" + territory + "&saved";
    }

    private String page(TerritorySummary territory, int rows, Model model) {
        model.addAttribute("territory", territory);
        model.addAttribute("rowCount", rows);
        model.addAttribute("defaulted", settings.defaulted(territory.id()));
        return "procurement/offers/size-classes";
    }

    /** How many rows the refused form had, to show them all again as typed. */
    private static int rowsSent(HttpServletRequest request) {
        int last = -1;
        for (String name : request.getParameterMap().keySet()) {
            Matcher m = ROW.matcher(name);
            if (m.matches() && m.group(1).length() < 4) {
                last = Math.max(last, Integer.parseInt(m.group(1)));
            }
        }
        return last + 1;
    }

    static SizeClassRow row(SizeClass c) {
        return new SizeClassRow(
                c.code(),
                c.label(),
                c.minPopulation(),
                c.maxPopulation(),
                c.collectivityCodes().stream().sorted().collect(Collectors.joining(", ")));
    }
}
