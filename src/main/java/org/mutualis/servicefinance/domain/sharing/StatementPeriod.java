package org.mutualis.servicefinance.domain.sharing;

import java.time.LocalDate;

/**
 * The period a statement covers, both days included. The reimbursement is made at intervals set by
 * the convention and never longer than a year (CGCT art. D5211-16): the engine refuses an end
 * before the start and a period longer than a year (1 January to 31 December is the longest).
 */
public record StatementPeriod(LocalDate start, LocalDate end) {

    public static StatementPeriod year(int year) {
        return new StatementPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Whether it runs over a year: its end reaches the day a year after its start. */
    public boolean overOneYear() {
        return !end.isBefore(start.plusYears(1));
    }
}
