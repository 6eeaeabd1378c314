package org.mutualis.savings.web;

import jakarta.validation.Valid;
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
import org.mutualis.shared.web.FormPages;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
    private final FormPages forms;

    OfferPageController(
            Offers offers, PriceItems items, TerritorySavings savings, TerritoryScope scope, FormPages forms) {
        this.forms = forms;
        this.offers = offers;
        this.items = items;
        this.savings = savings;
        this.scope = scope;
    }

    @GetMapping("/offers")
    String list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(name = "tq", defaultValue = "") String territoryQuery,
            Model model,
            CurrentUser user) {
        TerritorySummary chosen = scope.resolve(territory, user);
        List<OfferView> all = offers.ofTerritory(chosen.id(), user);
        Map<ItemTheme, List<OfferView>> byTheme = new TreeMap<>(
                all.stream().collect(Collectors.groupingBy(o -> o.item().theme())));
        Map<Long, Object> stated = all.stream()
                .filter(o -> o.currentPrice() != null)
                .collect(Collectors.toMap(OfferView::id, o -> savings.engine().compare(o.currentPrice(), o.toCore())));
        model.addAttribute("territory", chosen);
        TerritoryScope.Choices choices = scope.choices(chosen, territoryQuery, user);
        model.addAttribute("choices", choices);
        model.addAttribute("territories", choices.options());
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
            return list(territory, "", model, user);
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
        forms.show(model, "offerForm", OfferForm.empty());
        return form(scope.resolve(territory, user), null, model);
    }

    @PostMapping("/offers")
    String create(
            @RequestParam long territory,
            @Valid OfferForm offerForm,
            BindingResult binding,
            Model model,
            CurrentUser user) {
        if (binding.hasErrors()) {
            Offers.requireStaff(user);
            forms.refused(model, binding);
            return form(scope.resolve(territory, user), null, model);
        }
        try {
            OfferView created = offers.create(territory, offerForm, user);
            return "redirect:/offers/" + created.id();
        } catch (InvalidInputException e) {
            forms.refused(model, binding, e.problems());
            return form(scope.resolve(territory, user), null, model);
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
        forms.show(model, "offerForm", OfferForm.of(offer));
        return form(scope.resolve(offer.territoryId(), user), offer, model);
    }

    @PostMapping("/offers/{id}")
    String update(
            @PathVariable long id,
            @RequestParam int version,
            @Valid OfferForm offerForm,
            BindingResult binding,
            Model model,
            CurrentUser user) {
        OfferView offer = offers.get(id, user);
        if (binding.hasErrors()) {
            Offers.requireStaff(user);
            forms.refused(model, binding);
            return form(scope.resolve(offer.territoryId(), user), offer, model);
        }
        try {
            offers.update(id, version, offerForm, user);
            return "redirect:/offers/" + id;
        } catch (InvalidInputException e) {
            forms.refused(model, binding, e.problems());
            return form(scope.resolve(offer.territoryId(), user), offer, model);
        } catch (ConflictException e) {
            forms.refused(model, binding, List.of());
            model.addAttribute("conflict", e.getMessage());
            return form(scope.resolve(offer.territoryId(), user), offer, model);
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

    private String form(TerritorySummary territory, @Nullable OfferView offer, Model model) {
        model.addAttribute("territory", territory);
        model.addAttribute("offer", offer);
        model.addAttribute("items", items.all());
        model.addAttribute("sources", OfferSource.values());
        return "procurement/offers/form";
    }
}
