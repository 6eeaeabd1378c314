package org.mutualis.procurement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

/**
 * The study's two phases of a group procurement: "phase 1: les communes non engagées", who start
 * with the contract, then "phase 2: intégration des communes en fin d'échéance des contrats", each
 * the day after its current contract ends.
 */
public final class ProcurementCalendar {

    private ProcurementCalendar() {}

    /** A member and the earliest date it can start under the new contract. */
    public record MemberStart(
            String code, LocalDate earliestStart, @Nullable LocalDate contractEndsOn) {}

    /**
     * A phase: its number, French label, first and last start dates and its members by start date.
     * Dates are null when the phase is empty.
     */
    public record Phase(
            int number,
            Text label,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            List<MemberStart> members) {
        public Phase {
            members = List.copyOf(members);
        }
    }

    /** Phase 1 then phase 2; fails when the procurement has no start date to plan from. */
    public static List<Phase> phases(Procurement procurement) {
        LocalDate start = procurement.milestones().startOn();
        if (start == null) {
            throw new IllegalArgumentException("a procurement needs its start date to be planned in phases");
        }
        List<MemberStart> first = new ArrayList<>();
        List<MemberStart> second = new ArrayList<>();
        for (Member member : procurement.members()) {
            LocalDate earliest = member.earliestStart(start);
            MemberStart ms = new MemberStart(member.code(), earliest, member.contractEndsOn());
            (earliest.equals(start) ? first : second).add(ms);
        }
        Comparator<MemberStart> order =
                Comparator.comparing(MemberStart::earliestStart).thenComparing(MemberStart::code);
        first.sort(order);
        second.sort(order);
        return List.of(
                phase(1, Text.of("procurement.phase.1"), first), phase(2, Text.of("procurement.phase.2"), second));
    }

    private static Phase phase(int number, Text label, List<MemberStart> members) {
        LocalDate from = members.isEmpty() ? null : members.get(0).earliestStart();
        LocalDate to =
                members.isEmpty() ? null : members.get(members.size() - 1).earliestStart();
        return new Phase(number, label, from, to, members);
    }
}
