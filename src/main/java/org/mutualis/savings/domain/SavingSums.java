package org.mutualis.savings.domain;

import static org.mutualis.savings.domain.SavingFormat.euros;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.mutualis.shared.text.Text;

/** Adds savings up: a size class or the territory is the sum over its collectivités. */
final class SavingSums {

    private SavingSums() {}

    static SavingAmounts sum(List<CollectivitySaving> savings, String scope) {
        return new SavingAmounts(
                sum(savings, SavingAmounts::perMonth, scope),
                sum(savings, SavingAmounts::perYear, scope),
                sum(savings, SavingAmounts::oneOff, scope),
                sum(savings, SavingAmounts::overContract, scope));
    }

    private static SavingFigure sum(
            List<CollectivitySaving> savings, Function<SavingAmounts, SavingFigure> period, String scope) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        LinkedHashSet<Text> notes = new LinkedHashSet<>();
        String id = "saving";
        List<String> extrapolated = new ArrayList<>();
        for (CollectivitySaving saving : savings) {
            SavingFigure figure = period.apply(saving.amounts());
            id = figure.id();
            total = total.add(figure.value());
            parts.add(saving.collectivityCode() + " " + euros(figure.value()));
            notes.addAll(saving.unitSaving().notes());
            if (saving.volumeSource() == VolumeSource.EXTRAPOLATED) {
                extrapolated.add(saving.collectivityCode());
            }
        }
        if (!extrapolated.isEmpty()) {
            notes.add(Text.of(
                    "savings.note.extrapolated", String.valueOf(extrapolated.size()), String.join(", ", extrapolated)));
        }
        Text formula = parts.isEmpty()
                ? Text.of("savings.formula.sum.none", scope, String.valueOf(savings.size()), euros(total))
                : Text.of(
                        "savings.formula.sum",
                        scope,
                        String.valueOf(savings.size()),
                        String.join(" + ", parts),
                        euros(total));
        return new SavingFigure(id + "." + scope, total, formula, new ArrayList<>(notes));
    }
}
