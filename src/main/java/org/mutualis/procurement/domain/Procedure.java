package org.mutualis.procurement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The buying arrangement of a procurement. Fields the law requires are nullable here on purpose: a
 * procurement is drafted before it is complete, and {@link ProcurementRules#check} says what is
 * missing in French instead of a constructor failing with a technical message.
 */
public sealed interface Procedure {

    /** Which arrangement this is. */
    ProcedureKind kind();

    /**
     * Groupement de commandes: a coordinator collectivité runs the procedure for all members under a
     * convention constitutive, which each member approves by deliberation before it is signed.
     *
     * @param coordinatorCode code of the coordinating collectivité, itself a member
     * @param conventionSignedOn date the convention constitutive was signed, null while unsigned
     * @param permanent whether the groupement outlives this procedure (groupement permanent)
     */
    record PurchasingGroup(String coordinatorCode, @Nullable LocalDate conventionSignedOn, boolean permanent)
            implements Procedure {
        public PurchasingGroup {
            Objects.requireNonNull(coordinatorCode, "coordinatorCode");
        }

        @Override
        public ProcedureKind kind() {
            return ProcedureKind.PURCHASING_GROUP;
        }
    }

    /**
     * Accord-cadre: a maximum amount is mandatory and the duration is at most four years.
     *
     * @param multiHolder whether several holders are selected (multi-attributaire)
     * @param maximumAmountHt maximum amount in euros HT, null when missing (refused by the rules)
     * @param durationMonths duration in months
     * @param execution bons de commande or marchés subséquents
     */
    record FrameworkAgreement(
            boolean multiHolder, @Nullable BigDecimal maximumAmountHt, int durationMonths, ExecutionMode execution)
            implements Procedure {
        /** Four years: the longest an accord-cadre of a pouvoir adjudicateur may last. */
        public static final int MAXIMUM_DURATION_MONTHS = 48;

        public FrameworkAgreement {
            Objects.requireNonNull(execution, "execution");
        }

        @Override
        public ProcedureKind kind() {
            return ProcedureKind.FRAMEWORK_AGREEMENT;
        }
    }

    /**
     * Centrale d'achat: buying from it dispenses the members from running a procedure themselves.
     *
     * @param name the body, for example {@code UGAP}
     */
    record CentralPurchasingBody(String name) implements Procedure {
        public CentralPurchasingBody {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public ProcedureKind kind() {
            return ProcedureKind.CENTRAL_PURCHASING_BODY;
        }
    }
}
