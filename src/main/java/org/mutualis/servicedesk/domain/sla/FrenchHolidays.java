package org.mutualis.servicedesk.domain.sla;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The eleven French public holidays (jours fériés, Code du travail L3133-1) of a year: 1 January,
 * Easter Monday, 1 May, 8 May, Ascension (Easter + 39), Whit Monday (Easter + 50), 14 July, 15
 * August, 1 November, 11 November, 25 December. Alsace-Moselle's extra days are local closures.
 */
public final class FrenchHolidays {

    private FrenchHolidays() {}

    /** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
    public static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * The holidays of a year, in date order: eleven dates, or ten when Ascension falls on 1 or 8 May
     * (as in 2008).
     */
    public static List<LocalDate> of(int year) {
        LocalDate easter = easter(year);
        return List.of(
                        LocalDate.of(year, Month.JANUARY, 1),
                        easter.plusDays(1),
                        LocalDate.of(year, Month.MAY, 1),
                        LocalDate.of(year, Month.MAY, 8),
                        easter.plusDays(39),
                        easter.plusDays(50),
                        LocalDate.of(year, Month.JULY, 14),
                        LocalDate.of(year, Month.AUGUST, 15),
                        LocalDate.of(year, Month.NOVEMBER, 1),
                        LocalDate.of(year, Month.NOVEMBER, 11),
                        LocalDate.of(year, Month.DECEMBER, 25))
                .stream()
                .distinct()
                .sorted()
                .toList();
    }

    /** True when the date is one of the eleven French public holidays. */
    public static boolean isHoliday(LocalDate date) {
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        boolean fixed = (month == 1 && day == 1)
                || (month == 5 && (day == 1 || day == 8))
                || (month == 7 && day == 14)
                || (month == 8 && day == 15)
                || (month == 11 && (day == 1 || day == 11))
                || (month == 12 && day == 25);
        if (fixed) {
            return true;
        }
        if (month < 3 || month > 6) {
            return false;
        }
        long sinceEaster = date.toEpochDay() - easter(date.getYear()).toEpochDay();
        return sinceEaster == 1 || sinceEaster == 39 || sinceEaster == 50;
    }
}
