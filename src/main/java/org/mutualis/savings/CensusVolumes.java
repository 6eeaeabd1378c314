package org.mutualis.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.CampaignSyntheses;
import org.mutualis.analysis.CampaignSynthesis;
import org.mutualis.analysis.domain.Stratum;
import org.mutualis.census.Campaigns;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.savings.domain.CollectivityVolume;
import org.mutualis.savings.domain.Price;
import org.mutualis.savings.domain.VatRates;
import org.mutualis.savings.domain.VolumeSource;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.CollectivityView;
import org.springframework.stereotype.Component;

/**
 * Today's volumes and prices of an item, from a campaign's counted answers. A respondent's volume
 * is declared; a member that did not answer it gets its stratum's mean volume and volume-weighted
 * mean price, labelled extrapolated, so that the collectivités add up to the synthesis's
 * extrapolated total when every respondent gives a price. A stratum without any answer is left
 * out and said so. Every current price is brought to euros HT, with the VAT rate of its date.
 */
@Component
public class CensusVolumes {

    private static final VatRates VAT = VatRates.frenchStandard();

    private final CampaignSyntheses syntheses;
    private final Campaigns campaigns;

    /**
     * The volumes worked out for each offer, per synthesis: the analysis hands out the same
     * synthesis object for as long as the campaign's data is unchanged, and a new one after any
     * write (an answer, a status, an exclusion, the territory); an offer changed is another key (its
     * version, price and item are part of it). So an entry is never stale, and the old synthesis's
     * entries go with it: one synthesis kept per campaign, compared by identity.
     */
    private final Map<Long, Worked> worked = new java.util.concurrent.ConcurrentHashMap<>();

    /** The volumes of offers worked out from one synthesis (that very object). */
    private record Worked(CampaignSynthesis synthesis, Map<OfferView, VolumeSet> byOffer) {}

    CensusVolumes(CampaignSyntheses syntheses, Campaigns campaigns) {
        this.syntheses = syntheses;
        this.campaigns = campaigns;
    }

    /** For one call over one or more offers: each campaign's synthesis and questionnaire are read once. */
    public Batch batch() {
        return new Batch();
    }

    /** Volumes of offers, reading each campaign once. */
    public final class Batch {

        private final Map<Long, CampaignSynthesis> computed = new HashMap<>();
        private final Map<Long, Questionnaire> questionnaires = new HashMap<>();

        private Batch() {}

        /**
         * Volumes and current prices HT for the offer's item; the price stated with the offer
         * serves where the census has none.
         */
        public VolumeSet of(long campaignId, OfferView offer) {
            if (offer.item().volumeIndicator() == null) {
                return CensusVolumes.this.of(() -> computed.computeIfAbsent(campaignId, syntheses::of), offer);
            }
            CampaignSynthesis synthesis = computed.computeIfAbsent(campaignId, syntheses::of);
            Worked known = worked.compute(
                    campaignId,
                    (id, w) -> w != null && w.synthesis() == synthesis
                            ? w
                            : new Worked(synthesis, new java.util.concurrent.ConcurrentHashMap<>()));
            VolumeSet set = known.byOffer().get(offer);
            if (set == null) {
                set = CensusVolumes.this.of(() -> synthesis, offer);
                known.byOffer().put(offer, set);
            }
            return set;
        }

        /** Whether the campaign's questionnaire asks this indicator. */
        public boolean asks(long campaignId, String indicatorCode) {
            return questionnaires
                    .computeIfAbsent(campaignId, campaigns::questionnaire)
                    .indicator(indicatorCode)
                    .isPresent();
        }
    }

    private VolumeSet of(Supplier<CampaignSynthesis> campaign, OfferView offer) {
        PriceItemView item = offer.item();
        Price statedCurrent = offer.currentPrice() == null ? null : VAT.toHt(offer.currentPrice(), offer.validFrom());
        if (item.volumeIndicator() == null) {
            return new VolumeSet(List.of(), List.of(Text.of("savings.note.noIndicator", item.label())), List.of());
        }
        CampaignSynthesis synthesis = campaign.get();
        if (synthesis.data().questionnaire().indicator(item.volumeIndicator()).isEmpty()) {
            return new VolumeSet(
                    List.of(),
                    List.of(Text.of(
                            "savings.note.notAsked", synthesis.data().campaign().name(), item.volumeIndicator())),
                    List.of());
        }
        java.time.LocalDate censusDate = synthesis.data().campaign().censusDate();
        Map<String, CollectivityView> byCode = synthesis.data().collectivities().stream()
                .collect(Collectors.toMap(CollectivityView::code, Function.identity()));
        Map<String, Map<String, AnswerValue>> answers = synthesis.data().answers();
        List<CollectivityVolume> volumes = new ArrayList<>();
        List<Text> exclusions = new ArrayList<>();
        List<Text> notes = new ArrayList<>();
        notes.add(method(item, statedCurrent));
        if (item.unit() == org.mutualis.savings.domain.PriceUnit.PER_UNIT) {
            notes.add(Text.of("savings.note.wholePark"));
        }
        for (Stratum stratum : synthesis.synthesis().strata()) {
            List<CollectivityVolume> declared = new ArrayList<>();
            List<CollectivityView> missing = new ArrayList<>();
            for (String code : stratum.memberCodes()) {
                CollectivityView collectivity = byCode.get(code);
                Map<String, AnswerValue> given = answers.get(code);
                BigDecimal volume = given == null ? null : numeric(given, item.volumeIndicator());
                if (volume == null) {
                    missing.add(collectivity);
                    continue;
                }
                Price price = currentPrice(given, item, volume, censusDate);
                if (price == null) {
                    price = statedCurrent;
                }
                if (price == null) {
                    exclusions.add(Text.of("savings.exclusion.noPrice", collectivity.name()));
                    continue;
                }
                declared.add(volume(collectivity, price, volume, VolumeSource.DECLARED));
            }
            volumes.addAll(declared);
            if (missing.isEmpty()) {
                continue;
            }
            if (declared.isEmpty()) {
                missing.forEach(c -> exclusions.add(Text.of("savings.exclusion.stratum", c.name(), stratum.label())));
                continue;
            }
            BigDecimal meanVolume = declared.stream()
                    .map(CollectivityVolume::volume)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(declared.size()), 2, RoundingMode.HALF_UP);
            Price meanPrice = meanPrice(declared);
            notes.add(Text.of(
                    "savings.note.extrapolation",
                    stratum.label(),
                    String.valueOf(missing.size()),
                    String.valueOf(declared.size()),
                    meanVolume.toPlainString(),
                    String.valueOf(meanPrice)));
            for (CollectivityView collectivity : missing) {
                volumes.add(volume(collectivity, meanPrice, meanVolume, VolumeSource.EXTRAPOLATED));
            }
        }
        return new VolumeSet(volumes, exclusions, notes);
    }

    private static Text method(PriceItemView item, @Nullable Price statedCurrent) {
        Text price;
        if (item.priceIndicator() != null) {
            price = Text.of("savings.method.price.unit", item.priceIndicator());
        } else if (item.costIndicator() != null) {
            price = Text.of("savings.method.price.cost", item.costIndicator());
        } else {
            price = Text.of("savings.method.price.offer");
        }
        return statedCurrent != null
                ? Text.of("savings.method.fallback", item.volumeIndicator(), price, String.valueOf(statedCurrent))
                : Text.of("savings.method.sentence", item.volumeIndicator(), price);
    }

    private static @Nullable Price currentPrice(
            Map<String, AnswerValue> given, PriceItemView item, BigDecimal volume, java.time.LocalDate on) {
        if (item.priceIndicator() != null) {
            BigDecimal unit = numeric(given, item.priceIndicator());
            return unit == null ? null : VAT.toHt(new Price(unit, item.pricesTtc()), on);
        }
        if (item.costIndicator() != null && volume.signum() > 0) {
            BigDecimal cost = numeric(given, item.costIndicator());
            return cost == null
                    ? null
                    : VAT.toHt(new Price(cost.divide(volume, 4, RoundingMode.HALF_UP), item.pricesTtc()), on);
        }
        return null;
    }

    private static Price meanPrice(List<CollectivityVolume> declared) {
        BigDecimal volume = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (CollectivityVolume v : declared) {
            volume = volume.add(v.volume());
            cost = cost.add(v.currentPrice().amount().multiply(v.volume()));
            sum = sum.add(v.currentPrice().amount());
        }
        BigDecimal mean = volume.signum() > 0
                ? cost.divide(volume, 4, RoundingMode.HALF_UP)
                : sum.divide(BigDecimal.valueOf(declared.size()), 4, RoundingMode.HALF_UP);
        return new Price(mean, false);
    }

    private static CollectivityVolume volume(
            CollectivityView collectivity, Price price, BigDecimal volume, VolumeSource source) {
        return new CollectivityVolume(
                collectivity.code(),
                collectivity.name(),
                // No population (the EPCI): no population class takes it, only a named one.
                collectivity.population() == null ? -1 : collectivity.population(),
                price,
                volume,
                source);
    }

    private static @Nullable BigDecimal numeric(Map<String, AnswerValue> answers, String code) {
        return answers.get(code) instanceof AnswerValue.Numeric n ? n.value() : null;
    }
}
