package org.mutualis.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The steering committee's side-by-side comparison: for each scenario, the savings of every
 * offer it covers over its participants' volumes, then the volume effect applied as a stated
 * assumption (the share of the negotiated saving the scenario keeps).
 */
public final class ScenarioComparison {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SavingsEngine engine;

    public ScenarioComparison(SavingsEngine engine) {
        this.engine = engine;
    }

    /** An offer and every collectivité's volume of its item. */
    public record OfferVolumes(Offer offer, List<CollectivityVolume> volumes, int contractMonths) {
        public OfferVolumes {
            volumes = List.copyOf(volumes);
        }
    }

    public List<ScenarioOutcome> compare(List<ScenarioPlan> plans, List<OfferVolumes> offers) {
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (ScenarioPlan plan : plans) {
            outcomes.add(outcome(plan, offers));
        }
        return outcomes;
    }

    private ScenarioOutcome outcome(ScenarioPlan plan, List<OfferVolumes> offers) {
        List<ItemSavings> items = new ArrayList<>();
        for (OfferVolumes offer : offers) {
            if (!plan.covers(offer.offer().item().theme())) {
                continue;
            }
            List<CollectivityVolume> taking = offer.volumes().stream()
                    .filter(v -> plan.participants().contains(v.collectivityCode()))
                    .toList();
            items.add(engine.savings(offer.offer(), taking, offer.contractMonths()));
        }
        return new ScenarioOutcome(
                plan,
                items,
                retained(plan, items, SavingAmounts::perYear, "perYear", "an"),
                retained(plan, items, SavingAmounts::oneOff, "oneOff", "achats ponctuels"),
                plan.participants().size());
    }

    private static SavingFigure retained(
            ScenarioPlan plan,
            List<ItemSavings> items,
            Function<SavingAmounts, SavingFigure> period,
            String id,
            String what) {
        BigDecimal gross = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ItemSavings item : items) {
            SavingFigure figure = period.apply(item.territory());
            gross = gross.add(figure.value());
            parts.add(item.offer().item().label() + " " + SavingFormat.euros(figure.value()));
            if (item.collectivities().isEmpty()) {
                notes.add("Aucun participant n’a de volume pour « "
                        + item.offer().item().label() + " ».");
            }
        }
        BigDecimal value = gross.multiply(plan.retainedPercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        String formula = "(" + (parts.isEmpty() ? "aucune offre couverte" : String.join(" + ", parts)) + ") × "
                + plan.retainedPercent().stripTrailingZeros().toPlainString() + " % = " + SavingFormat.euros(value)
                + " € (" + what + ")";
        notes.add("Hypothèse d’effet volume : le scénario obtient "
                + plan.retainedPercent().stripTrailingZeros().toPlainString()
                + " % de l’économie négociée.");
        return new SavingFigure("scenario." + plan.code() + "." + id, value, formula, notes);
    }
}
