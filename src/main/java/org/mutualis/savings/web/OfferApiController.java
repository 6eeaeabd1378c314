package org.mutualis.savings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.savings.OfferForm;
import org.mutualis.savings.OfferSavings;
import org.mutualis.savings.OfferView;
import org.mutualis.savings.Offers;
import org.mutualis.savings.PriceItemView;
import org.mutualis.savings.PriceItems;
import org.mutualis.savings.TerritorySavings;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.PriceUnit;
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

/** The catalogue, offers and savings over HTTP. */
@RestController
@Tag(name = "Offres et économies")
class OfferApiController {

    private final Offers offers;
    private final PriceItems items;
    private final TerritorySavings savings;
    private final TerritoryScope scope;
    private final org.mutualis.savings.SizeClassSettings sizeClasses;
    private final FormChecks checks;

    OfferApiController(
            Offers offers,
            PriceItems items,
            TerritorySavings savings,
            TerritoryScope scope,
            org.mutualis.savings.SizeClassSettings sizeClasses,
            FormChecks checks) {
        this.sizeClasses = sizeClasses;
        this.checks = checks;
        this.offers = offers;
        this.items = items;
        this.savings = savings;
        this.scope = scope;
    }

    /** A new catalogue item and where the census gives its price and volume. */
    record NewItem(
            String code,
            @Nullable ItemTheme theme,
            String label,
            @Nullable PriceUnit unit,
            boolean pricesTtc,
            @Nullable String volumeIndicator,
            @Nullable String priceIndicator,
            @Nullable String costIndicator) {}

    /** An offer with its version, for a change. */
    record OfferChange(
            int version, @NotNull @Valid @Nullable OfferForm offer) {}

    @GetMapping("/api/items")
    @Operation(summary = "Catalogue des articles chiffrés, avec leurs indicateurs du recensement")
    List<PriceItemView> items() {
        return items.all();
    }

    @PostMapping("/api/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ajouter un article au catalogue (administrateur, analyste)")
    PriceItemView addItem(@RequestBody NewItem item, CurrentUser user) {
        return items.create(
                item.code() == null ? "" : item.code(),
                item.theme(),
                item.label() == null ? "" : item.label(),
                item.unit(),
                item.pricesTtc(),
                item.volumeIndicator(),
                item.priceIndicator(),
                item.costIndicator(),
                user);
    }

    @GetMapping("/api/size-classes")
    @Operation(summary = "Classes de taille des économies d’un territoire (par défaut celles de l’étude)")
    List<org.mutualis.savings.domain.SizeClass> sizeClasses(
            @RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        return sizeClasses.of(scope.resolve(territory, user).id()).classes();
    }

    @PutMapping("/api/size-classes")
    @Operation(summary = "Remplacer les classes de taille (administrateur, analyste) ; 422 ligne par ligne")
    List<org.mutualis.savings.domain.SizeClass> saveSizeClasses(
            @RequestParam long territory, @RequestBody List<org.mutualis.savings.SizeClassRow> rows, CurrentUser user) {
        return sizeClasses.save(territory, rows, user).classes();
    }

    @GetMapping("/api/offers")
    @Operation(summary = "Offres d’un territoire (par défaut le premier, ou celui du correspondant)")
    List<OfferView> offers(@RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        return offers.ofTerritory(scope.resolve(territory, user).id(), user);
    }

    @GetMapping("/api/offers/{id}")
    @Operation(summary = "Une offre")
    OfferView offer(@PathVariable long id, CurrentUser user) {
        return offers.get(id, user);
    }

    @PostMapping("/api/offers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Saisir une offre (administrateur, analyste) ; 422 avec chaque erreur, rien n’est enregistré")
    OfferView create(@RequestParam long territory, @RequestBody OfferForm offer, CurrentUser user) {
        Offers.requireStaff(user);
        scope.requireReadable(territory, user);
        checks.check(offer);
        return offers.create(territory, offer, user);
    }

    @PutMapping("/api/offers/{id}")
    @Operation(summary = "Modifier une offre ; 409 si elle a changé depuis la version lue")
    OfferView update(@PathVariable long id, @RequestBody OfferChange change, CurrentUser user) {
        Offers.requireStaff(user);
        offers.get(id, user);
        checks.check(change);
        return offers.update(id, change.version(), change.offer(), user);
    }

    @DeleteMapping("/api/offers/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Supprimer une offre qui n’est rattachée à aucun marché")
    void delete(@PathVariable long id, CurrentUser user) {
        offers.delete(id, user);
    }

    @GetMapping("/api/offers/{id}/savings")
    @Operation(
            summary = "Économies d’une offre : par unité, collectivité, classe de taille et territoire, par mois,"
                    + " an et sur la durée du contrat, avec leurs formules ; un correspondant voit sa collectivité")
    OfferSavings savings(
            @PathVariable long id, @RequestParam(required = false) @Nullable Long campaign, CurrentUser user) {
        return savings.of(id, campaign, user);
    }
}
