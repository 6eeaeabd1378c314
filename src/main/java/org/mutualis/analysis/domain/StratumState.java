package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stratum while a synthesis is computed. It keeps members and respondents as counts as well as
 * the weight, so that extrapolation can divide once per stratum (members × Σ ÷ respondents) and
 * stay exact even when the weight itself (7 ÷ 3) does not terminate.
 */
final class StratumState {

    final String code;
    final String label;
    /** Lifespan assumed when a collectivité of this stratum gives none. */
    final BigDecimal defaultLifespan;

    final List<AnalysisUnit> members = new ArrayList<>();
    final List<AnalysisUnit> respondents = new ArrayList<>();
    long population;

    // Derived once the strata are built; cached because every term of every figure asks for them.
    private @Nullable BigDecimal weight;
    private boolean weightComputed;
    private @Nullable String weightText;

    StratumState(String code, String label, BigDecimal defaultLifespan) {
        this.code = code;
        this.label = label;
        this.defaultLifespan = defaultLifespan;
    }

    boolean hasRespondents() {
        return !respondents.isEmpty();
    }

    /**
     * members ÷ respondents, null when nobody answered (never a division by zero).
     */
    @Nullable
    BigDecimal weight() {
        if (!weightComputed) {
            weight = respondents.isEmpty()
                    ? null
                    : Numbers.divide(BigDecimal.valueOf(members.size()), BigDecimal.valueOf(respondents.size()));
            weightComputed = true;
        }
        return weight;
    }

    boolean weightIsOne() {
        return members.size() == respondents.size();
    }

    /**
     * The weight as a formula writes it: {@code 12}, or {@code (7÷3)} when the decimal would be a
     * rounded approximation, so the reader can redo the computation exactly.
     */
    String weightText() {
        if (weightText == null) {
            weightText = computeWeightText();
        }
        return weightText;
    }

    private String computeWeightText() {
        BigDecimal m = BigDecimal.valueOf(members.size());
        BigDecimal r = BigDecimal.valueOf(respondents.size());
        if (Numbers.terminates(m, r)) {
            return Numbers.plain(Numbers.divide(m, r));
        }
        return "(" + members.size() + "÷" + respondents.size() + ")";
    }

    /** weight × value computed as members × value ÷ respondents; the stratum must have respondents. */
    BigDecimal extrapolate(BigDecimal value) {
        return Numbers.divide(
                value.multiply(BigDecimal.valueOf(members.size())), BigDecimal.valueOf(respondents.size()));
    }
}
