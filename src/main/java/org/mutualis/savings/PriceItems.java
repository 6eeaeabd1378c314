package org.mutualis.savings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.PriceUnit;
import org.mutualis.savings.persistence.PriceItemStore;
import org.mutualis.shared.error.InputProblem;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.error.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of priced items: every signed-in user reads it, the EPCI's staff add to it. */
@Service
public class PriceItems {

    private final PriceItemStore store;

    PriceItems(PriceItemStore store) {
        this.store = store;
    }

    public List<PriceItemView> all() {
        return store.all();
    }

    public PriceItemView get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("savings.item.notfound", String.valueOf(id)));
    }

    /** A new item; its census indicators, when given, must exist in the census catalogue. */
    @Transactional
    public PriceItemView create(
            String code,
            @Nullable ItemTheme theme,
            String label,
            @Nullable PriceUnit unit,
            boolean pricesTtc,
            @Nullable String volumeIndicator,
            @Nullable String priceIndicator,
            @Nullable String costIndicator,
            CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException(
                    "Seuls l’administrateur et les analystes de l’EPCI modifient le catalogue.");
        }
        List<InputProblem> problems = new ArrayList<>();
        String cleanCode = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!cleanCode.matches("[A-Z][A-Z0-9_]{1,59}")) {
            problems.add(InputProblem.of("code", "savings.item.code"));
        } else if (store.findByCode(cleanCode).isPresent()) {
            problems.add(InputProblem.of("code", "savings.item.code.taken", cleanCode));
        }
        if (theme == null) {
            problems.add(InputProblem.of("theme", "savings.item.theme"));
        }
        if (label.isBlank() || label.length() > 200) {
            problems.add(InputProblem.of("label", "savings.item.label"));
        }
        if (unit == null) {
            problems.add(InputProblem.of("unit", "savings.item.unit"));
        }
        Set<String> known = Catalogue.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        checkIndicator("volumeIndicator", volumeIndicator, known, problems);
        checkIndicator("priceIndicator", priceIndicator, known, problems);
        checkIndicator("costIndicator", costIndicator, known, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insert(new PriceItemView(
                0,
                cleanCode,
                theme,
                label.trim(),
                unit,
                pricesTtc,
                blankToNull(volumeIndicator),
                blankToNull(priceIndicator),
                blankToNull(costIndicator)));
        return get(id);
    }

    private static void checkIndicator(
            String field, @Nullable String code, Set<String> known, List<InputProblem> problems) {
        if (code != null && !code.isBlank() && !known.contains(code.trim())) {
            problems.add(InputProblem.of(field, "savings.item.indicator", code.trim()));
        }
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
