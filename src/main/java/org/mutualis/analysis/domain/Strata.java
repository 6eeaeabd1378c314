package org.mutualis.analysis.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.CollectivityKind;

/**
 * Where a collectivité falls among the strata of the representativity table, without the
 * synthesis: communes by population band, then the EPCI administration, then other bodies. The
 * synthesis ({@link Representativity}) and the follow-up's counts (read grouped by the database)
 * place collectivités alike through these.
 *
 * <p>Slots are numbered in display order: {@code 0 … thresholds} for the population bands, {@code
 * thresholds + 1} for the EPCI, {@code thresholds + 2} for other bodies.
 */
public final class Strata {

    private Strata() {}

    /**
     * The population band of a commune: how many thresholds its population reaches. A commune
     * without a known population goes to the first band rather than nowhere.
     */
    public static int band(@Nullable Integer population, List<Integer> thresholds) {
        int band = 0;
        if (population != null) {
            while (band < thresholds.size() && population >= thresholds.get(band)) {
                band++;
            }
        }
        return band;
    }

    /** The slot of a collectivité of this kind; {@code band} counts for communes only. */
    public static int slot(CollectivityKind kind, int band, List<Integer> thresholds) {
        return switch (kind) {
            case EPCI -> thresholds.size() + 1;
            case OTHER -> thresholds.size() + 2;
            default -> band;
        };
    }

    /** {@code band-0}, {@code band-1}…, {@code epci}, {@code other}. */
    public static String code(int slot, List<Integer> thresholds) {
        int bandCount = thresholds.size() + 1;
        if (slot == bandCount) {
            return Representativity.EPCI;
        }
        if (slot == bandCount + 1) {
            return Representativity.OTHER;
        }
        return "band-" + slot;
    }

    /** {@code < 1 000 hab.}, {@code 1 000 – 4 999 hab.}…, the EPCI's administration, other bodies. */
    public static String label(int slot, List<Integer> thresholds) {
        int bandCount = thresholds.size() + 1;
        if (slot == bandCount) {
            return "Administration de l'EPCI";
        }
        if (slot == bandCount + 1) {
            return "Autres organismes";
        }
        return BandLabels.label(thresholds, slot);
    }
}
