package org.mutualis.assessment.domain;

import static org.mutualis.savings.domain.SavingFormat.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.domain.CollectivitySaving;
import org.mutualis.savings.domain.CollectivityVolume;
import org.mutualis.savings.domain.ItemSavings;
import org.mutualis.savings.domain.Offer;
import org.mutualis.savings.domain.Price;
import org.mutualis.savings.domain.SavingAmounts;
import org.mutualis.savings.domain.SavingsEngine;
import org.mutualis.savings.domain.VatRates;
import org.mutualis.shared.text.Text;

/**
 * The before/after assessment ("bilan existant / obtenu"): once an item is awarded, the awarded
 * price replaces the offer, and the savings obtained are set against those expected, per
 * collectivité and in total. All amounts are in euros HT; a dearer award gives a negative saving.
 */
public final class AssessmentEngine {

    /** The scope of the procurement's total. */
    public static final String PROCUREMENT = "marché";

    private final SavingsEngine savings;
    private final VatRates vatRates;

    /** An engine that converts TTC prices with the French standard VAT rates. */
    public AssessmentEngine(SavingsEngine savings) {
        this(savings, VatRates.frenchStandard());
    }

    public AssessmentEngine(SavingsEngine savings, VatRates vatRates) {
        this.savings = savings;
        this.vatRates = vatRates;
    }

    /** The study's engine: French VAT rates and the study's size classes. */
    public static AssessmentEngine study() {
        return new AssessmentEngine(SavingsEngine.study(), VatRates.frenchStandard());
    }

    /** Assesses every item, then adds the lines up per collectivité and for the procurement. */
    public Assessment assess(List<AssessedItem> items) {
        List<AssessmentItem> assessed = items.stream().map(this::assess).toList();
        Map<String, List<Term>> byCollectivity = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (AssessmentItem item : assessed) {
            for (AssessmentLine line : item.lines()) {
                names.putIfAbsent(line.collectivityCode(), line.collectivityName());
                byCollectivity
                        .computeIfAbsent(line.collectivityCode(), c -> new ArrayList<>())
                        .add(new Term(item.item().label(), line.expected(), line.obtained()));
            }
        }
        List<AssessmentTotals> collectivities = byCollectivity.entrySet().stream()
                .map(e -> totals(
                        e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue(), anyAwarded(e.getValue())))
                .toList();
        List<Term> perItem = assessed.stream()
                .map(i -> new Term(
                        i.item().label(), i.totals().expected(), i.totals().obtained()))
                .toList();
        return new Assessment(
                assessed, collectivities, totals(PROCUREMENT, "Total du marché", perItem, anyAwarded(perItem)));
    }

    private AssessmentItem assess(AssessedItem item) {
        Offer expected = item.expected();
        AssessmentAward award = item.award();
        Offer awarded = award == null
                ? null
                : new Offer(
                        expected.item(),
                        award.supplier(),
                        expected.source(),
                        award.price(),
                        award.awardedOn(),
                        null,
                        List.of());
        List<@org.jspecify.annotations.Nullable Text> conversions = new ArrayList<>();
        List<CollectivityVolume> volumes = new ArrayList<>();
        for (CollectivityVolume volume : item.volumes()) {
            volumes.add(toHt(volume, expected, conversions));
        }
        ItemSavings hoped = savings.savings(expected, volumes, item.contractMonths());
        ItemSavings got = awarded == null ? null : savings.savings(awarded, volumes, item.contractMonths());
        List<AssessmentLine> lines = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < volumes.size(); i++) {
            CollectivitySaving e = hoped.collectivities().get(i);
            CollectivitySaving o = got == null ? null : got.collectivities().get(i);
            SavingAmounts expectedAmounts = AssessmentSums.relabel(e.amounts(), "expected");
            SavingAmounts obtainedAmounts = o == null ? null : AssessmentSums.relabel(o.amounts(), "obtained");
            List<Text> notes = new ArrayList<>();
            Text conversion = conversions.get(i);
            if (conversion != null) {
                notes.add(conversion);
            }
            lines.add(new AssessmentLine(
                    e.collectivityCode(),
                    e.collectivityName(),
                    e.volume(),
                    e.volumeSource(),
                    e.unitSaving(),
                    o == null ? null : o.unitSaving(),
                    expectedAmounts,
                    obtainedAmounts,
                    obtainedAmounts == null ? null : AssessmentSums.gap(obtainedAmounts, expectedAmounts),
                    notes));
            terms.add(new Term(e.collectivityCode(), expectedAmounts, obtainedAmounts));
        }
        String label = expected.item().label();
        AssessmentTotals totals = totals(label, label, terms, award != null);
        if (award == null) {
            totals = new AssessmentTotals(
                    label, label, totals.expected(), totals.expectedAwarded(), null, null, List.of(label));
        }
        return new AssessmentItem(expected, award, item.contractMonths(), lines, totals);
    }

    /** Today's price in HT, so that every amount of the assessment is HT; the note says when it was converted. */
    private CollectivityVolume toHt(
            CollectivityVolume volume, Offer expected, List<@org.jspecify.annotations.Nullable Text> conversions) {
        if (!volume.currentPrice().includesVat()) {
            conversions.add(null);
            return volume;
        }
        Price ht = vatRates.toHt(volume.currentPrice(), expected.validFrom());
        conversions.add(Text.of(
                "assessment.note.vat",
                String.valueOf(volume.currentPrice()),
                String.valueOf(ht),
                number(vatRates.rateOn(expected.validFrom()).percent()),
                String.valueOf(expected.validFrom())));
        return new CollectivityVolume(
                volume.collectivityCode(),
                volume.collectivityName(),
                volume.population(),
                ht,
                volume.volume(),
                volume.volumeSource());
    }

    /** One item's savings for a collectivité, or one collectivité's for an item; obtained is null when not awarded. */
    private record Term(
            String label, SavingAmounts expected, @Nullable SavingAmounts obtained) {}

    private static boolean anyAwarded(List<Term> terms) {
        return terms.stream().anyMatch(t -> t.obtained() != null);
    }

    private static AssessmentTotals totals(String scope, String label, List<Term> terms, boolean awarded) {
        List<AssessmentSums.Part> expected = new ArrayList<>();
        List<AssessmentSums.Part> expectedAwarded = new ArrayList<>();
        List<AssessmentSums.Part> obtained = new ArrayList<>();
        List<String> notAwarded = new ArrayList<>();
        for (Term term : terms) {
            expected.add(new AssessmentSums.Part(term.label(), term.expected()));
            if (term.obtained() == null) {
                notAwarded.add(term.label());
            } else {
                expectedAwarded.add(new AssessmentSums.Part(term.label(), term.expected()));
                obtained.add(new AssessmentSums.Part(term.label(), term.obtained()));
            }
        }
        SavingAmounts hoped = AssessmentSums.sum("expected", scope, expected);
        SavingAmounts hopedAwarded = AssessmentSums.sum("expected_awarded", scope, expectedAwarded);
        SavingAmounts got = !awarded ? null : AssessmentSums.sum("obtained", scope, obtained);
        return new AssessmentTotals(
                scope,
                label,
                hoped,
                hopedAwarded,
                got,
                got == null ? null : AssessmentSums.gap(got, hopedAwarded),
                notAwarded);
    }
}
