package org.mutualis.savings.domain;

/** What one price pays for; it decides how a saving per unit becomes a saving per month or year. */
public enum PriceUnit {
    /** A subscription or a line, paid every month: per year = per month × 12. */
    PER_MONTH,
    /** A printed copy; the volume is copies per month: per year = per month × 12. */
    PER_COPY,
    /** A one-off purchase (a PC, a copier): no monthly or yearly saving, only a one-off one. */
    PER_UNIT,
    /** A yearly fee (licence, maintenance): per month = per year ÷ 12. */
    PER_YEAR
}
