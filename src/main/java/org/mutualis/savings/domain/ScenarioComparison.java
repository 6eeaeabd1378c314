package org.mutualis.savings.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mutualis.shared.text.Text;

/**
 * The steering committee's side-by-side comparison: for each scenario, the savings of the offers
 * it covers over its participants' volumes — of several offers on one item, the best for them,
 * said so — then the volume effect applied as a stated assumption (the share of the negotiated
 * saving the scenario keeps). Amounts are in the current prices' basis: euros HT from the census.
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
        // Offers on the same item are alternatives: the scenario takes the best for its participants.
        Map<PriceItem, List<ItemSavings>> byItem = new LinkedHashMap<>();
        for (OfferVolumes offer : offers) {
            if (!plan.covers(offer.offer().item().theme())) {
                continue;
            }
            List<CollectivityVolume> taking = offer.volumes().stream()
                    .filter(v -> plan.participants().contains(v.collectivityCode()))
                    .toList();
            byItem.computeIfAbsent(offer.offer().item(), i -> new ArrayList<>())
                    .add(engine.savings(offer.offer(), taking, offer.contractMonths()));
        }
        List<ItemSavings> items = new ArrayList<>();
        List<Text> choices = new ArrayList<>();
        for (List<ItemSavings> alternatives : byItem.values()) {
            ItemSavings best = alternatives.stream()
                    .max(Comparator.comparing(ScenarioComparison::worth))
                    .orElseThrow();
            items.add(best);
            if (alternatives.size() > 1) {
                choices.add(Text.of(
                        "savings.note.bestOffer",
                        best.offer().item().label(),
                        String.valueOf(alternatives.size()),
                        best.offer().supplier()));
            }
        }
        return new ScenarioOutcome(
                plan,
                items,
                retained(plan, items, SavingAmounts::perYear, "perYear", "savings.formula.what.year", choices),
                retained(plan, items, SavingAmounts::oneOff, "oneOff", "savings.formula.what.oneOff", choices),
                plan.participants().size());
    }

    /** What an offer brings the participants: its yearly and one-off savings together. */
    private static BigDecimal worth(ItemSavings savings) {
        return savings.territory()
                .perYear()
                .value()
                .add(savings.territory().oneOff().value());
    }

    private static SavingFigure retained(
            ScenarioPlan plan,
            List<ItemSavings> items,
            Function<SavingAmounts, SavingFigure> period,
            String id,
            String what,
            List<Text> choices) {
        BigDecimal gross = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        List<Text> notes = new ArrayList<>(choices);
        for (ItemSavings item : items) {
            SavingFigure figure = period.apply(item.territory());
            gross = gross.add(figure.value());
            parts.add(item.offer().item().label() + " " + SavingFormat.euros(figure.value()));
            if (item.collectivities().isEmpty()) {
                notes.add(Text.of("savings.note.noVolume", item.offer().item().label()));
            }
        }
        BigDecimal value = gross.multiply(plan.retainedPercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        Text formula = Text.of(
                "savings.formula.retained",
                parts.isEmpty() ? Text.of("savings.formula.noOffer") : String.join(" + ", parts),
                plan.retainedPercent().stripTrailingZeros().toPlainString(),
                SavingFormat.euros(value),
                Text.of(what));
        notes.add(Text.of(
                "savings.note.retained",
                plan.retainedPercent().stripTrailingZeros().toPlainString()));
        return new SavingFigure("scenario." + plan.code() + "." + id, value, formula, notes);
    }
}
