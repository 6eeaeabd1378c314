package org.mutualis.savings.domain;

import static org.mutualis.savings.domain.SavingFormat.euros;
import static org.mutualis.savings.domain.SavingFormat.number;
import static org.mutualis.savings.domain.SavingFormat.operand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.mutualis.shared.text.Text;

/** Turns a unit saving and a volume into a saving per month, per year, once and over a contract. */
final class SavingPeriods {

    /** Monthly amounts derived from yearly fees keep 6 decimals so that sums stay exact to the cent. */
    static final int DERIVED_SCALE = 6;

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private SavingPeriods() {}

    static SavingAmounts of(UnitSaving unit, BigDecimal volume, VolumeSource source, int contractMonths) {
        BigDecimal amount = unit.perUnit().value().multiply(volume);
        String basis = " € " + unit.current().basis();
        String product = "(" + number(unit.current().amount()) + " − "
                + number(unit.offered().amount()) + ") × " + number(volume) + " = " + euros(amount) + basis;
        List<Text> notes = new ArrayList<>(unit.notes());
        notes.add(Text.of(
                source == VolumeSource.EXTRAPOLATED
                        ? "savings.note.volume.extrapolated"
                        : "savings.note.volume.declared"));
        BigDecimal months = BigDecimal.valueOf(contractMonths);
        SavingFigure zeroMonth = zero("saving.per_month", "savings.formula.zero.monthOneOff", notes);
        SavingFigure zeroYear = zero("saving.per_year", "savings.formula.zero.yearOneOff", notes);
        switch (unit.item().unit()) {
            case PER_MONTH, PER_COPY -> {
                BigDecimal year = amount.multiply(TWELVE);
                BigDecimal contract = amount.multiply(months);
                return new SavingAmounts(
                        new SavingFigure(
                                "saving.per_month", amount, Text.of("savings.formula.perMonth", product), notes),
                        new SavingFigure(
                                "saving.per_year",
                                year,
                                SavingFigure.math(operand(amount) + " × 12 = " + euros(year) + basis),
                                notes),
                        zero("saving.one_off", "savings.formula.zero.oneOffMonthly", notes),
                        new SavingFigure(
                                "saving.over_contract",
                                contract,
                                Text.of(
                                        "savings.formula.months",
                                        operand(amount),
                                        String.valueOf(contractMonths),
                                        euros(contract) + basis),
                                notes));
            }
            case PER_YEAR -> {
                BigDecimal month = amount.divide(TWELVE, DERIVED_SCALE, RoundingMode.HALF_UP);
                BigDecimal contract = amount.multiply(months).divide(TWELVE, DERIVED_SCALE, RoundingMode.HALF_UP);
                return new SavingAmounts(
                        new SavingFigure(
                                "saving.per_month",
                                month,
                                SavingFigure.math(operand(amount) + " ÷ 12 = " + euros(month) + basis),
                                notes),
                        new SavingFigure("saving.per_year", amount, Text.of("savings.formula.perYear", product), notes),
                        zero("saving.one_off", "savings.formula.zero.oneOffYearly", notes),
                        new SavingFigure(
                                "saving.over_contract",
                                contract,
                                SavingFigure.math(operand(amount) + " × " + contractMonths + " ÷ 12 = "
                                        + euros(contract) + basis),
                                notes));
            }
            case PER_UNIT -> {
                return new SavingAmounts(
                        zeroMonth,
                        zeroYear,
                        new SavingFigure("saving.one_off", amount, Text.of("savings.formula.once", product), notes),
                        new SavingFigure(
                                "saving.over_contract",
                                amount,
                                Text.of("savings.formula.onceWhatever", product),
                                notes));
            }
        }
        throw new IllegalStateException("unknown unit " + unit.item().unit());
    }

    private static SavingFigure zero(String id, String why, List<Text> notes) {
        return new SavingFigure(id, BigDecimal.ZERO, Text.of("savings.formula.zero", Text.of(why)), notes);
    }
}
