package org.mutualis.procurement.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A group procurement: what is bought, how, by whom and when.
 *
 * @param subject object of the contract
 * @param theme the study's theme (téléphonie, impression, matériel...)
 * @param thresholdKind supplies and services, or works: which threshold applies
 * @param lots the lots, whose estimates add up to the procurement's estimate
 * @param procedure the buying arrangement
 * @param award the award procedure; null for a centrale d'achat, which runs its own
 * @param members the collectivités taking part
 * @param milestones the calendar
 */
public record Procurement(
        String subject,
        String theme,
        ThresholdKind thresholdKind,
        List<Lot> lots,
        Procedure procedure,
        @Nullable AwardProcedure award,
        List<Member> members,
        Milestones milestones) {

    public Procurement {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(thresholdKind, "thresholdKind");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(milestones, "milestones");
        lots = List.copyOf(lots);
        members = List.copyOf(members);
    }

    /** Sum of the lots' estimates, in euros HT. */
    public BigDecimal lotsEstimateHt() {
        return lots.stream().map(Lot::estimatedAmountHt).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The amount compared with the thresholds: all lots together, and for an accord-cadre its
     * maximum amount when it is larger, since the law values an accord-cadre at its maximum.
     */
    public BigDecimal amountForThresholdHt() {
        BigDecimal lotsTotal = lotsEstimateHt();
        if (procedure instanceof Procedure.FrameworkAgreement fa && fa.maximumAmountHt() != null) {
            return fa.maximumAmountHt().max(lotsTotal);
        }
        return lotsTotal;
    }
}
