package org.mutualis.savings.domain;

import static org.mutualis.savings.domain.SavingFormat.number;
import static org.mutualis.savings.domain.SavingFormat.operand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.mutualis.shared.text.Text;

/** Compares today's unit price with an offer: saving per unit and in percent, HT and TTC never mixed. */
public final class UnitSavings {

    private final VatRates vatRates;

    public UnitSavings(VatRates vatRates) {
        this.vatRates = vatRates;
    }

    /**
     * Today's price against the offer. When one is HT and the other TTC, the offer is converted to
     * today's basis with the VAT rate valid on the offer's start date, and a note says so.
     */
    public UnitSaving compare(Price current, Offer offer) {
        if (current.amount().signum() < 0 || offer.price().amount().signum() < 0) {
            throw new IllegalArgumentException("a price cannot be negative");
        }
        List<Text> notes = new ArrayList<>();
        Price offered = offer.price();
        if (offered.includesVat() != current.includesVat()) {
            offered = vatRates.sameBasisAs(offered, current, offer.validFrom());
            VatRate rate = vatRates.rateOn(offer.validFrom());
            notes.add(Text.of(
                    "savings.note.vat",
                    String.valueOf(offer.price()),
                    String.valueOf(offered),
                    number(rate.percent()),
                    String.valueOf(offer.validFrom()),
                    current.basis()));
        }
        BigDecimal saving = current.amount().subtract(offered.amount());
        String difference = "(" + number(current.amount()) + " − " + number(offered.amount()) + ")";
        SavingFigure perUnit = new SavingFigure(
                "saving.per_unit",
                saving,
                SavingFigure.math(difference + " = " + number(saving) + " € " + current.basis()),
                notes);
        UnitSaving draft =
                new UnitSaving(offer.item(), current, offered, perUnit, perUnit, perUnit, offer.benefits(), notes);
        List<Text> percentNotes = new ArrayList<>(notes);
        if (current.amount().signum() == 0) {
            percentNotes.add(Text.of("savings.note.zeroPrice"));
        }
        if (draft.costIncrease()) {
            percentNotes.add(
                    offer.benefits().isEmpty()
                            ? Text.of("savings.note.costIncrease", number(draft.costIncreasePercent(1)))
                            : Text.of(
                                    "savings.note.costIncrease.benefits",
                                    number(draft.costIncreasePercent(1)),
                                    String.join(", ", offer.benefits())));
        }
        String ratio = difference + " ÷ " + number(current.amount());
        SavingFigure percent = new SavingFigure(
                "saving.percent",
                draft.percent(2),
                SavingFigure.math(ratio + " × 100 = " + operand(draft.percent(2)) + " %"),
                percentNotes);
        SavingFigure wholePercent = new SavingFigure(
                "saving.percent.whole",
                draft.percent(0),
                SavingFigure.math(ratio + " = " + number(draft.percent(0)) + " %"),
                percentNotes);
        return new UnitSaving(offer.item(), current, offered, perUnit, percent, wholePercent, offer.benefits(), notes);
    }
}
