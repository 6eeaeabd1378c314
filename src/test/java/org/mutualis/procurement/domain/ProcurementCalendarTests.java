package org.mutualis.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.CARANTEC;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.procurement.domain.ProcurementFixtures.PLOUGASNOU;
import static org.mutualis.procurement.domain.ProcurementFixtures.groupement;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.procurement.domain.ProcurementCalendar.MemberStart;
import org.mutualis.procurement.domain.ProcurementCalendar.Phase;

/** The study's phases: communes not under contract first, the others at their contract's end. */
class ProcurementCalendarTests {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);

    @Test
    void membersNotUnderContractStartInPhase1TheOthersTheDayAfterTheirContractEnds() {
        List<Phase> phases = ProcurementCalendar.phases(groupement());

        Phase one = phases.get(0);
        Phase two = phases.get(1);
        assertThat(one.number()).isEqualTo(1);
        assertThat(one.label().french()).isEqualTo("Phase 1 : collectivités non engagées");
        // Carantec's contract ended before the procurement starts: it is no longer under contract.
        assertThat(one.members())
                .extracting(MemberStart::code, MemberStart::earliestStart)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CARANTEC, START),
                        org.assertj.core.groups.Tuple.tuple(MORLAIX, START));
        assertThat(one.from()).isEqualTo(START);
        assertThat(two.label().french()).isEqualTo("Phase 2 : intégration à l'échéance des contrats");
        assertThat(two.members())
                .extracting(MemberStart::code, MemberStart::earliestStart)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PLOUGASNOU, LocalDate.of(2026, 4, 1)));
        assertThat(two.from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(two.to()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void earliestStartIsTheDayAfterTheContractOrTheProcurementStart() {
        assertThat(new Member("a", LocalDate.of(2026, 12, 31), null, null).earliestStart(START))
                .isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(new Member("b", LocalDate.of(2025, 8, 31), null, null).earliestStart(START))
                .isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(Member.notUnderContract("c").earliestStart(START)).isEqualTo(START);
    }

    @Test
    void anEmptyPhaseHasNoDates() {
        List<Phase> phases = ProcurementCalendar.phases(ProcurementFixtures.procurement(
                ProcurementFixtures.group(),
                org.mutualis.procurement.domain.AwardProcedure.CALL_FOR_TENDERS,
                "250000",
                List.of(new Member(MORLAIX, null, null, LocalDate.of(2025, 2, 10))),
                ProcurementFixtures.calendar()));

        assertThat(phases.get(1).members()).isEmpty();
        assertThat(phases.get(1).from()).isNull();
        assertThat(phases.get(1).to()).isNull();
    }
}
