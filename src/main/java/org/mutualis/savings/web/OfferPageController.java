package org.mutualis.savings.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.savings.OfferForm;
import org.mutualis.savings.OfferView;
import org.mutualis.savings.Offers;
import org.mutualis.savings.PriceItems;
import org.mutualis.savings.TerritorySavings;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.OfferSource;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Offers on the catalogue's items and each offer's savings against the census. */
@Controller
class OfferPageController {

    private final Offers offers;
    private final PriceItems items;
    private final TerritorySavings savings;
    private final TerritoryScope scope;

    OfferPageController(Offers offers, PriceItems items, TerritorySavings savings, TerritoryScope scope) {
        this.offers = offers;
        this.items = items;
        this.savings = savings;
        this.scope = scope;
    }

    @GetMapping("/offers")
    String list(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        TerritorySummary chosen = scope.resolve(territory, user);
        List<OfferView> all = offers.ofTerritory(chosen.id(), user);
        Map<ItemTheme, List<OfferView>> byTheme = new TreeMap<>(
                all.stream().collect(Collectors.groupingBy(o -> o.item().theme())));
        Map<Long, Object> stated = all.stream()
                .filter(o -> o.currentPrice() != null)
                .collect(Collectors.toMap(OfferView::id, o -> savings.engine().compare(o.currentPrice(), o.toCore())));
        model.addAttribute("territory", chosen);
        model.addAttribute("territories", scope.choices(user));
        model.addAttribute("byTheme", byTheme);
        model.addAttribute("stated", stated);
        model.addAttribute("items", items.all());
        model.addAttribute("themes", ItemTheme.values());
        model.addAttribute("units", org.mutualis.savings.domain.PriceUnit.values());
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", Map.of());
        }
        return "procurement/offers/list";
    }

    @PostMapping("/offers/items")
    String addItem(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam Map<String, String> params,
            Model model,
            CurrentUser user) {
        try {
            items.create(
                    params.getOrDefault("code", ""),
                    enumOrNull(ItemTheme.class, params.get("theme")),
                    params.getOrDefault("label", ""),
                    enumOrNull(org.mutualis.savings.domain.PriceUnit.class, params.get("unit")),
                    params.containsKey("pricesTtc"),
                    params.get("volumeIndicator"),
                    params.get("priceIndicator"),
                    params.get("costIndicator"),
                    user);
        } catch (InvalidInputException e) {
            model.addAttribute("itemProblems", e.inputProblems());
            model.addAttribute("itemForm", params);
            return list(territory, model, user);
        }
        return "redirect:/offers?territory=" + scope.resolve(territory, user).id() + "&itemAdded";
    }

    private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GetMapping("/offers/new")
    String newOffer(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        Offers.requireStaff(user);
        return form(scope.resolve(territory, user), null, OfferForm.empty(), List.of(), model);
    }

    @PostMapping("/offers")
    String create(
            @RequestParam long territory, @RequestParam Map<String, String> params, Model model, CurrentUser user) {
        OfferForm form = read(params);
        try {
            OfferView created = offers.create(territory, form, user);
            return "redirect:/offers/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.inputProblems());
            return form(scope.resolve(territory, user), null, form, e.inputProblems(), model);
        }
    }

    @GetMapping("/offers/{id}")
    String detail(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long campaign,
            Model model,
            CurrentUser user) {
        model.addAttribute("result", savings.of(id, campaign, user));
        return "procurement/offers/savings";
    }

    @GetMapping("/offers/{id}/edit")
    String edit(@PathVariable long id, Model model, CurrentUser user) {
        Offers.requireStaff(user);
        OfferView offer = offers.get(id, user);
        return form(scope.resolve(offer.territoryId(), user), offer, OfferForm.of(offer), List.of(), model);
    }

    @PostMapping("/offers/{id}")
    String update(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam Map<String, String> params,
            Model model,
            CurrentUser user) {
        OfferForm form = read(params);
        OfferView offer = offers.get(id, user);
        try {
            offers.update(id, version, form, user);
            return "redirect:/offers/" + id;
        } catch (InvalidInputException e) {
            return form(scope.resolve(offer.territoryId(), user), offer, form, e.inputProblems(), model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
            return form(scope.resolve(offer.territoryId(), user), offer, form, List.of(), model);
        }
    }

    @GetMapping("/offers/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model, CurrentUser user) {
        Offers.requireStaff(user);
        model.addAttribute("offer", offers.get(id, user));
        return "procurement/offers/delete";
    }

    @PostMapping("/offers/{id}/delete")
    String delete(@PathVariable long id, Model model, CurrentUser user) {
        OfferView offer = offers.get(id, user);
        try {
            offers.delete(id, user);
        } catch (InvalidInputException e) {
            model.addAttribute("offer", offer);
            model.addAttribute("problems", e.inputProblems());
            return "procurement/offers/delete";
        }
        return "redirect:/offers?territory=" + offer.territoryId() + "&deleted";
    }

    private String form(
            TerritorySummary territory,
            @Nullable OfferView offer,
            OfferForm form,
            List<org.mutualis.shared.error.InputProblem> problems,
            Model model) {
        model.addAttribute("territory", territory);
        model.addAttribute("offer", offer);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "fieldProblems",
                problems.stream()
                        .collect(Collectors.toMap(
                                org.mutualis.shared.error.InputProblem::field,
                                org.mutualis.shared.error.InputProblem::message,
                                (a, b) -> org.mutualis.shared.text.Text.of("text.two", a, b))));
        model.addAttribute("items", items.all());
        model.addAttribute("sources", OfferSource.values());
        return "procurement/offers/form";
    }

    static OfferForm read(Map<String, String> params) {
        String item = params.get("itemId");
        Long itemId = null;
        if (item != null && item.matches("\\d{1,18}")) {
            itemId = Long.valueOf(item);
        }
        return new OfferForm(
                itemId,
                params.get("supplier"),
                params.get("source"),
                params.get("amount"),
                params.containsKey("ttc"),
                params.get("validFrom"),
                params.get("validUntil"),
                params.get("benefits"),
                params.get("currentPrice"),
                params.containsKey("currentTtc"));
    }
}
