package org.mutualis.servicefinance.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.mutualis.servicefinance.domain.costs.Money;
import org.mutualis.shared.text.FrenchDates;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;

/**
 * The words of the statements' documents in one language, and their numbers as a French reader
 * writes them ({@code 1 234,56 €}, unit costs to four decimals). A text without arguments (a
 * column's title, an article of the code) is resolved once and kept: the territory's 36,000
 * statements ask for the same few hundred times each.
 */
public final class StatementWords {

    private final Function<Text, String> resolve;
    private final Map<String, String> fixed = new ConcurrentHashMap<>();

    /**
     * @param resolve a text in the reader's language: {@code t -> texts.in(t, locale)} in the
     *     application, {@link Text#french()} in French without Spring
     */
    public StatementWords(Function<Text, String> resolve) {
        this.resolve = resolve;
    }

    /** French, from the bundles without Spring (the CLI, the benchmark, tests). */
    public static StatementWords french() {
        return new StatementWords(Text::french);
    }

    /** A text of the engines (a formula, a reason, a note) in the reader's language. */
    public String text(Text text) {
        if (text.args().isEmpty()) {
            return fixed.computeIfAbsent(text.code(), code -> resolve.apply(text));
        }
        return resolve.apply(text);
    }

    /** A message of the documents' bundle. */
    String get(String code, Object... args) {
        return text(Text.of(code, args));
    }

    /** Euros to the cent, French style: {@code 1 234,56 €}. */
    public static String euros(BigDecimal amount) {
        return FrenchDecimals.euros(amount);
    }

    /** A unit cost to its four decimals, French style: {@code 12,5000 €}. */
    public static String unitCost(BigDecimal value) {
        String digits = FrenchDecimals.format(value.setScale(Money.UNIT_COST_SCALE, Money.ROUNDING));
        int comma = digits.indexOf(',');
        int decimals = comma < 0 ? 0 : digits.length() - comma - 1;
        return digits + (comma < 0 ? "," : "") + "0".repeat(Money.UNIT_COST_SCALE - decimals) + " €";
    }

    /** Units as typed: {@code 12,5}, {@code 1 200}. */
    public static String units(BigDecimal units) {
        return FrenchDecimals.format(units);
    }

    public static String date(LocalDate date) {
        return FrenchDates.format(date);
    }
}
