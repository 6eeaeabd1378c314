package org.mutualis.savings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.savings.domain.OfferSource;
import org.mutualis.savings.domain.Price;
import org.mutualis.savings.persistence.OfferStore;
import org.mutualis.savings.persistence.PriceItemStore;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.InputProblem;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers on the catalogue's items, per territory. Every signed-in user of the territory reads
 * them; only the EPCI's staff (administrator, analysts) add, change and delete them.
 */
@Service
public class Offers {

    private final OfferStore store;
    private final PriceItemStore items;
    private final TerritoryScope scope;

    Offers(OfferStore store, PriceItemStore items, TerritoryScope scope) {
        this.store = store;
        this.items = items;
        this.scope = scope;
    }

    public List<OfferView> ofTerritory(long territoryId, CurrentUser user) {
        requireTerritory(territoryId, user);
        return store.ofTerritory(territoryId);
    }

    /** The territory's offers, for other modules' computations (no reader, no access check). */
    public List<OfferView> ofTerritory(long territoryId) {
        return store.ofTerritory(territoryId);
    }

    public OfferView get(long id, CurrentUser user) {
        OfferView offer = store.find(id).orElseThrow(() -> notFound(id));
        if (!scope.readable(offer.territoryId(), user)) {
            throw notFound(id);
        }
        return offer;
    }

    @Transactional
    public OfferView create(long territoryId, OfferForm form, CurrentUser user) {
        requireStaff(user);
        requireTerritory(territoryId, user);
        return get(store.insert(territoryId, check(form)), user);
    }

    /** @throws ConflictException when someone saved this offer since {@code version} */
    @Transactional
    public OfferView update(long id, int version, OfferForm form, CurrentUser user) {
        requireStaff(user);
        get(id, user);
        if (store.awardedInProcurement(id)) {
            throw new InvalidInputException(List.of(InputProblem.of("offer", "savings.offer.awarded")));
        }
        if (!store.update(id, version, check(form))) {
            throw new ConflictException("savings.offer.conflict");
        }
        return get(id, user);
    }

    @Transactional
    public void delete(long id, CurrentUser user) {
        requireStaff(user);
        get(id, user);
        if (store.usedByProcurement(id)) {
            throw new InvalidInputException(List.of(InputProblem.of("offer", "savings.offer.linked")));
        }
        store.delete(id);
    }

    /** Digits before the decimal point of a {@code numeric(14, 4)} price. */
    static final int PRICE_DIGITS = 10;

    private static void fits(@Nullable BigDecimal value, String field, String label, List<InputProblem> problems) {
        if (value != null && value.precision() - value.scale() > PRICE_DIGITS) {
            problems.add(InputProblem.of(field, "form.digits", Text.of(label), String.valueOf(PRICE_DIGITS)));
        }
    }

    private OfferStore.Values check(OfferForm form) {
        List<InputProblem> problems = new ArrayList<>();
        if (form.itemId() == null || items.find(form.itemId()).isEmpty()) {
            problems.add(InputProblem.of("itemId", "savings.offer.item"));
        }
        String supplier = form.supplier() == null ? "" : form.supplier().trim();
        if (supplier.isEmpty() || supplier.length() > 200) {
            problems.add(InputProblem.of("supplier", "savings.offer.supplier"));
        }
        OfferSource source = null;
        try {
            source = OfferSource.valueOf(form.source() == null ? "" : form.source());
        } catch (IllegalArgumentException e) {
            problems.add(InputProblem.of("source", "savings.offer.source"));
        }
        BigDecimal amount = form.amount();
        if (amount == null) {
            problems.add(InputProblem.of("amount", "form.required", Text.of("savings.field.amount")));
        }
        notNegative(amount, "amount", "savings.field.amount", problems);
        BigDecimal current = form.currentPrice();
        notNegative(current, "currentPrice", "savings.field.currentPrice", problems);
        fits(amount, "amount", "savings.field.amount", problems);
        fits(current, "currentPrice", "savings.field.currentPrice", problems);
        LocalDate from = form.validFrom();
        if (from == null) {
            problems.add(InputProblem.of("validFrom", "form.required", Text.of("savings.field.validFrom")));
        }
        LocalDate until = form.validUntil();
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(
                    InputProblem.of("validUntil", "savings.offer.dates", String.valueOf(until), String.valueOf(from)));
        }
        List<String> benefits = form.benefits() == null
                ? List.of()
                : Arrays.stream(form.benefits().split("\\R"))
                        .map(String::trim)
                        .filter(b -> !b.isEmpty())
                        .toList();
        if (String.join("\n", benefits).length() > 2000) {
            problems.add(InputProblem.of("benefits", "savings.offer.benefits"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OfferStore.Values(
                form.itemId(),
                supplier,
                source,
                new Price(amount, form.offerIncludesVat()),
                from,
                until,
                benefits,
                current == null ? null : new Price(current, form.currentIncludesVat()));
    }

    private static void notNegative(
            @Nullable BigDecimal amount, String field, String label, List<InputProblem> problems) {
        if (amount != null && amount.signum() < 0) {
            problems.add(InputProblem.of(field, "form.amount.negative", Text.of(label), FrenchDecimals.format(amount)));
        }
    }

    private void requireTerritory(long territoryId, CurrentUser user) {
        scope.requireReadable(territoryId, user);
    }

    /** Only the EPCI's staff change offers, scenarios and the catalogue; also guards their forms. */
    public static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("Seuls l’administrateur et les analystes de l’EPCI modifient les offres.");
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("savings.offer.notfound", String.valueOf(id));
    }
}
