package org.mutualis.savings.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The savings engine: an offer against each collectivité's current price and volume, summed per
 * size class and over the territory. Plain Java: values in, savings with their formulas out.
 */
public final class SavingsEngine {

    private final UnitSavings unitSavings;
    private final SizeClasses sizeClasses;

    public SavingsEngine(VatRates vatRates, SizeClasses sizeClasses) {
        this.unitSavings = new UnitSavings(vatRates);
        this.sizeClasses = sizeClasses;
    }

    /** The study's engine: French VAT rates and the study's size classes. */
    public static SavingsEngine study() {
        return new SavingsEngine(VatRates.frenchStandard(), SizeClasses.study());
    }

    public UnitSaving compare(Price current, Offer offer) {
        return unitSavings.compare(current, offer);
    }

    public ItemSavings savings(Offer offer, List<CollectivityVolume> volumes, int contractMonths) {
        if (contractMonths < 0) {
            throw new IllegalArgumentException("a contract cannot last a negative number of months");
        }
        List<CollectivitySaving> collectivities = new ArrayList<>();
        Map<SizeClass, List<CollectivitySaving>> byClass = new LinkedHashMap<>();
        sizeClasses.classes().forEach(c -> byClass.put(c, new ArrayList<>()));
        for (CollectivityVolume volume : volumes) {
            UnitSaving unit = unitSavings.compare(volume.currentPrice(), offer);
            SizeClass sizeClass = sizeClasses.classify(volume.collectivityCode(), volume.population());
            CollectivitySaving saving = new CollectivitySaving(
                    volume.collectivityCode(),
                    volume.collectivityName(),
                    sizeClass,
                    volume.volume(),
                    volume.volumeSource(),
                    unit,
                    SavingPeriods.of(unit, volume.volume(), volume.volumeSource(), contractMonths));
            collectivities.add(saving);
            byClass.computeIfAbsent(sizeClass, c -> new ArrayList<>()).add(saving);
        }
        List<SizeClassSaving> perClass = byClass.entrySet().stream()
                .map(e -> new SizeClassSaving(
                        e.getKey(),
                        e.getValue().stream()
                                .map(CollectivitySaving::collectivityCode)
                                .toList(),
                        SavingSums.sum(e.getValue(), e.getKey().code())))
                .toList();
        return new ItemSavings(
                offer, contractMonths, collectivities, perClass, SavingSums.sum(collectivities, "territory"));
    }
}
