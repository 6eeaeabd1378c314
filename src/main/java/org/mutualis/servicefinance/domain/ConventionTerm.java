package org.mutualis.servicefinance.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A convention's term: signed on a day for a number of whole years, it is to be renewed on the
 * same day of the month that many years later (a convention signed on 29 February is renewed on
 * 28 February of a common year). It is due for renewal when that day falls within the reminder's
 * days from today (today and the last day included); past that day it has lapsed.
 */
public record ConventionTerm(LocalDate signedOn, int years) {

    public static final int MAX_YEARS = 99;

    public ConventionTerm {
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("A convention lasts 1 to " + MAX_YEARS + " years: " + years);
        }
    }

    /** The day the convention must be renewed (its last day is the day before). */
    public LocalDate renewalOn() {
        return signedOn.plusYears(years);
    }

    /** Whether its renewal falls between today and {@code days} days from today, both included. */
    public boolean dueWithin(LocalDate today, int days) {
        LocalDate renewal = renewalOn();
        return !renewal.isBefore(today) && !renewal.isAfter(today.plusDays(days));
    }

    /** Whether it has lapsed: today is its renewal day or later. */
    public boolean lapsed(LocalDate today) {
        return !today.isBefore(renewalOn());
    }

    /** Days from today to the renewal (negative once it has passed). */
    public long daysToRenewal(LocalDate today) {
        return ChronoUnit.DAYS.between(today, renewalOn());
    }

    /** Whether this term and another overlap (each runs from its signature to the day before its renewal). */
    public boolean overlaps(ConventionTerm other) {
        return signedOn.isBefore(other.renewalOn()) && other.signedOn.isBefore(renewalOn());
    }
}
