package org.mutualis.inventory;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mutualis.analysis.EndOfSupportFigures;
import org.mutualis.analysis.EndOfSupportSummary;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.domain.renewal.ExposurePricing;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Component;

/**
 * The inventory's end-of-support figures for the synthesis page ({@link EndOfSupportFigures}): the
 * territory's exposure as the reader may see it, each euro figure with its method.
 */
@Component
class SynthesisEndOfSupport implements EndOfSupportFigures {

    private final EndOfSupportCosts costs;

    SynthesisEndOfSupport(EndOfSupportCosts costs) {
        this.costs = costs;
    }

    @Override
    public Optional<EndOfSupportSummary> of(long territoryId, CurrentUser reader) {
        if (reader.isTechnician()) {
            return Optional.empty();
        }
        TerritoryExposure exposure;
        TerritorySummary territory;
        try {
            territory = costs.territory(territoryId, reader);
            if (territory.id() != territoryId) {
                return Optional.empty();
            }
            exposure = costs.ofTerritory(territory, reader);
        } catch (NotFoundException | ForbiddenException e) {
            // An optional section: a reader without an inventory to see gets the synthesis without it.
            return Optional.empty();
        }
        ExposureCosts x = exposure.total();
        if (x.devices() == 0) {
            return Optional.empty();
        }
        List<Text> explanations = new ArrayList<>();
        explanations.addAll(explain("past", x.past(), exposure.prices()));
        explanations.addAll(explain("ending", x.ending(), exposure.prices()));
        Text scope = reader.isCorrespondent() && exposure.rows().size() == 1
                ? Text.of("inventory.renewal.scope.own", exposure.rows().get(0).name())
                : Text.of("inventory.renewal.scope.territory", territory.name());
        return Optional.of(new EndOfSupportSummary(
                x.on(),
                scope,
                x.devices(),
                x.systemPast(),
                x.systemEnding(),
                x.officePast(),
                x.officeEnding(),
                x.past().eurosHt(),
                x.ending().eurosHt(),
                x.past().unpriced() + x.ending().unpriced(),
                explanations,
                "/inventory?territory=" + territory.id()));
    }

    /** One sentence per kind: units × mean cost = euros (the campaign and the figure), or why unpriced. */
    static List<Text> explain(String status, ExposurePricing.Priced priced, CensusPrices prices) {
        List<Text> texts = new ArrayList<>();
        for (ExposurePricing.Line line : priced.lines()) {
            Text kind = Text.of("inventory.renewal.kind." + line.kind());
            Text when = Text.of("inventory.renewal.status." + status);
            KindPrice price = prices.kind(line.kind()).orElse(null);
            if (line.eurosHt() != null && price != null && prices.campaign() != null) {
                texts.add(Text.of(
                        "inventory.renewal.explain.priced",
                        when,
                        line.units(),
                        kind,
                        plain(line.unitCostHt()),
                        plain(line.eurosHt()),
                        Text.of("inventory.renewal.indicator." + price.indicator()),
                        prices.campaign().name(),
                        prices.campaign().censusDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
            } else {
                PriceGap gap = price == null || price.gap() == null ? PriceGap.NO_SUCH_COST : price.gap();
                texts.add(Text.of(
                        "inventory.renewal.explain.unpriced",
                        when,
                        line.units(),
                        kind,
                        Text.of("inventory.renewal.gap." + gap.name())));
            }
        }
        return texts;
    }

    private static String plain(BigDecimal value) {
        return org.mutualis.shared.text.FrenchDecimals.euros(value);
    }
}
