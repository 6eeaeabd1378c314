package org.mutualis.servicefinance.domain.costs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;

/**
 * Computes a unit operating cost under CGCT art. D5211-16:
 *
 * <pre>
 * retained(c)  = budget(c) if the year's budget updates category c, else Σ accounts lines of c
 * total        = Σ retained(c) over the four admitted categories
 * unit cost    = total ÷ forecast units, rounded half up to 4 decimals from the exact quotient
 * </pre>
 *
 * Everything wrong is refused at once ({@link RejectedException} with one {@link Problem} per
 * line): an excluded category (with the article's text), a negative amount, two budget updates of
 * one category, accounts other than those of N − 1 or N − 2, and a missing or non-positive forecast
 * (the convention must hold one).
 */
public final class UnitCostEngine {

    /** The code of the refusal; its problems say what and where. */
    public static final String REFUSED = "servicefinance.rules.unitCost.refused";

    private UnitCostEngine() {}

    public static UnitCost compute(UnitCostRequest request) {
        List<Problem> problems = new ArrayList<>();
        checkAccountsYear(request, problems);
        Map<ChargeCategory, BigDecimal> accounts = new EnumMap<>(ChargeCategory.class);
        Map<ChargeCategory, Integer> lines = new EnumMap<>(ChargeCategory.class);
        for (int i = 0; i < request.charges().size(); i++) {
            ChargeLine line = request.charges().get(i);
            String field = "charges[" + i + "]";
            if (admissible(line.category(), line.amount(), field, problems)) {
                accounts.merge(line.category(), line.amount(), BigDecimal::add);
                lines.merge(line.category(), 1, Integer::sum);
            }
        }
        Map<ChargeCategory, BudgetUpdate> updates = new EnumMap<>(ChargeCategory.class);
        for (int i = 0; i < request.updates().size(); i++) {
            BudgetUpdate update = request.updates().get(i);
            String field = "updates[" + i + "]";
            if (admissible(update.category(), update.amount(), field, problems)
                    && updates.putIfAbsent(update.category(), update) != null) {
                problems.add(Problem.of(
                        field + ".category",
                        "servicefinance.rules.budget.duplicate",
                        update.category().label()));
            }
        }
        BigDecimal forecast = request.forecastUnits();
        if (forecast == null || forecast.signum() <= 0) {
            problems.add(Problem.of(
                    "forecastUnits",
                    "servicefinance.rules.forecast.missing",
                    request.serviceCode(),
                    LegalRule.FORECAST.text()));
        }
        if (!problems.isEmpty() || forecast == null) {
            throw new RejectedException(problems, REFUSED, request.serviceCode(), String.valueOf(request.year()));
        }

        List<CategoryCharge> categories = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        List<Text> notes = new ArrayList<>();
        notes.add(Text.of(
                "servicefinance.rules.note.accounts",
                String.valueOf(request.accountsYear()),
                LegalRule.ACCOUNTS.text()));
        for (ChargeCategory category : ChargeCategory.values()) {
            if (!category.admitted()) {
                continue;
            }
            BigDecimal fromAccounts = accounts.getOrDefault(category, BigDecimal.ZERO);
            BudgetUpdate update = updates.get(category);
            @Nullable BigDecimal budget = update == null ? null : update.amount();
            BigDecimal retained = budget == null ? fromAccounts : budget;
            total = total.add(retained);
            categories.add(new CategoryCharge(
                    category,
                    fromAccounts,
                    budget,
                    retained,
                    lines.getOrDefault(category, 0),
                    update == null ? null : update.reason()));
            if (update != null) {
                notes.add(Text.of(
                        "servicefinance.rules.note.budget",
                        category.label(),
                        FrenchDecimals.euros(fromAccounts),
                        FrenchDecimals.euros(update.amount()),
                        update.reason()));
            }
        }
        notes.add(Text.of("servicefinance.rules.note.excluded", LegalRule.CHARGES.text()));
        BigDecimal exact = total.divide(forecast, Money.EXACT_SCALE, Money.ROUNDING);
        BigDecimal value = total.divide(forecast, Money.UNIT_COST_SCALE, Money.ROUNDING);
        Text formula = Text.of(
                "servicefinance.rules.formula.unitCost",
                FrenchDecimals.euros(total),
                FrenchDecimals.format(forecast),
                request.unit(),
                FrenchDecimals.format(exact),
                FrenchDecimals.format(value));
        return new UnitCost(
                request.serviceCode(),
                request.unit(),
                request.year(),
                request.accountsYear(),
                categories,
                total,
                forecast,
                exact,
                value,
                formula,
                notes);
    }

    /**
     * Refuses an excluded category with the article's text; a category admitted with a negative
     * amount is refused too. Whether the amount may enter.
     */
    private static boolean admissible(
            ChargeCategory category, BigDecimal amount, String field, List<Problem> problems) {
        boolean ok = true;
        if (!category.admitted()) {
            problems.add(Problem.of(
                    field + ".category",
                    "servicefinance.rules.charge.excluded",
                    category.label(),
                    LegalRule.CHARGES.text()));
            ok = false;
        }
        if (amount.signum() < 0) {
            problems.add(Problem.of(field + ".amount", "servicefinance.rules.charge.negative", amount.toPlainString()));
            ok = false;
        }
        return ok;
    }

    private static void checkAccountsYear(UnitCostRequest request, List<Problem> problems) {
        int age = request.year() - request.accountsYear();
        if (age < 1 || age > 2) {
            problems.add(Problem.of(
                    "accountsYear",
                    "servicefinance.rules.accounts.year",
                    String.valueOf(request.accountsYear()),
                    String.valueOf(request.year()),
                    LegalRule.ACCOUNTS.text()));
        }
    }
}
