package org.mutualis.savings.domain;

import static org.mutualis.savings.domain.SavingFormat.euros;
import static org.mutualis.savings.domain.SavingFormat.number;
import static org.mutualis.savings.domain.SavingFormat.operand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

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
        List<String> notes = new ArrayList<>(unit.notes());
        notes.add(
                source == VolumeSource.EXTRAPOLATED
                        ? "Volume extrapolé (représentativité), non déclaré."
                        : "Volume déclaré par la collectivité.");
        BigDecimal months = BigDecimal.valueOf(contractMonths);
        SavingFigure zeroMonth = zero("saving.per_month", "pas d'économie mensuelle pour un achat ponctuel", notes);
        SavingFigure zeroYear = zero("saving.per_year", "pas d'économie annuelle pour un achat ponctuel", notes);
        switch (unit.item().unit()) {
            case PER_MONTH, PER_COPY -> {
                BigDecimal year = amount.multiply(TWELVE);
                BigDecimal contract = amount.multiply(months);
                return new SavingAmounts(
                        new SavingFigure("saving.per_month", amount, product + " par mois", notes),
                        new SavingFigure(
                                "saving.per_year", year, operand(amount) + " × 12 = " + euros(year) + basis, notes),
                        zero("saving.one_off", "pas d'économie ponctuelle pour un prix mensuel", notes),
                        new SavingFigure(
                                "saving.over_contract",
                                contract,
                                operand(amount) + " × " + contractMonths + " mois = " + euros(contract) + basis,
                                notes));
            }
            case PER_YEAR -> {
                BigDecimal month = amount.divide(TWELVE, DERIVED_SCALE, RoundingMode.HALF_UP);
                BigDecimal contract = amount.multiply(months).divide(TWELVE, DERIVED_SCALE, RoundingMode.HALF_UP);
                return new SavingAmounts(
                        new SavingFigure(
                                "saving.per_month", month, operand(amount) + " ÷ 12 = " + euros(month) + basis, notes),
                        new SavingFigure("saving.per_year", amount, product + " par an", notes),
                        zero("saving.one_off", "pas d'économie ponctuelle pour un prix annuel", notes),
                        new SavingFigure(
                                "saving.over_contract",
                                contract,
                                operand(amount) + " × " + contractMonths + " ÷ 12 = " + euros(contract) + basis,
                                notes));
            }
            case PER_UNIT -> {
                return new SavingAmounts(
                        zeroMonth,
                        zeroYear,
                        new SavingFigure("saving.one_off", amount, product + " une fois", notes),
                        new SavingFigure(
                                "saving.over_contract",
                                amount,
                                product + " une fois, quelle que soit la durée",
                                notes));
            }
        }
        throw new IllegalStateException("unknown unit " + unit.item().unit());
    }

    private static SavingFigure zero(String id, String why, List<String> notes) {
        return new SavingFigure(id, BigDecimal.ZERO, "0 (" + why + ")", notes);
    }
}
