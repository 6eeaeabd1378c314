package org.mutualis.procurement.domain;

import static org.mutualis.StudyCodes.CARANTEC;
import static org.mutualis.StudyCodes.MORLAIX;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A valid telephony groupement after the study, to break one rule at a time. */
final class ProcurementFixtures {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final String PLOUGASNOU = "29197";

    private ProcurementFixtures() {}

    static Milestones calendar() {
        return new Milestones(
                LocalDate.of(2025, 1, 15),
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 6, 15),
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2029, 8, 31));
    }

    static List<Member> members() {
        return List.of(
                new Member(MORLAIX, null, null, LocalDate.of(2025, 2, 10)),
                new Member(PLOUGASNOU, LocalDate.of(2026, 3, 31), null, LocalDate.of(2025, 2, 12)),
                new Member(CARANTEC, LocalDate.of(2025, 5, 31), null, LocalDate.of(2025, 2, 14)));
    }

    static Procedure.PurchasingGroup group() {
        return new Procedure.PurchasingGroup(MORLAIX, LocalDate.of(2025, 2, 20), true);
    }

    static Procurement groupement() {
        return procurement(group(), AwardProcedure.CALL_FOR_TENDERS, "250000", members(), calendar());
    }

    static Procurement procurement(
            Procedure procedure, AwardProcedure award, String amountHt, List<Member> members, Milestones calendar) {
        return new Procurement(
                "Téléphonie fixe et mobile",
                "téléphonie",
                ThresholdKind.SUPPLIES_AND_SERVICES,
                List.of(new Lot(1, "Téléphonie fixe et accès internet", new BigDecimal(amountHt))),
                procedure,
                award,
                members,
                calendar);
    }
}
