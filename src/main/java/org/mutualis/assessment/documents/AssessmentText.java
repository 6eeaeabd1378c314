package org.mutualis.assessment.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.domain.AssessmentItem;
import org.mutualis.assessment.domain.AssessmentLine;
import org.mutualis.savings.domain.Price;
import org.mutualis.savings.domain.SavingAmounts;
import org.mutualis.savings.domain.SavingFigure;
import org.mutualis.savings.domain.VolumeSource;

/** The words and French number formats shared by the assessment's PDF and ODS documents. */
final class AssessmentText {

    static final String TITLE = "Bilan existant / obtenu";
    static final String NOT_AWARDED = "non attribué";
    static final String METHOD = "Méthode";
    static final String METHOD_INTRO = "Montants en euros HT. Économie = (prix actuel − prix) × volume : par an pour"
            + " les abonnements et les copies (mensuel × 12), une fois pour les achats. Économie attendue : avec le"
            + " prix de l'offre ; économie obtenue : avec le prix attribué. Écart = économie obtenue − économie"
            + " attendue ; une économie négative est un surcoût. Un article non attribué n'a pas d'économie obtenue"
            + " (jamais comptée comme zéro) : il compte dans l'économie attendue, pas dans l'écart.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AssessmentText() {}

    /** {@code 1 234,56 €}; a negative amount is written {@code −1 234,56 €}. */
    static String euros(BigDecimal amount) {
        return format(amount.setScale(2, RoundingMode.HALF_UP), "#,##0.00") + " €";
    }

    /** A unit price: to the cent, or to the ten-thousandth for copy prices, {@code 0,0045 €}. */
    static String price(Price price) {
        return format(price.amount(), "#,##0.00##") + " €";
    }

    static String number(BigDecimal value) {
        return format(value, "#,##0.####");
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? NOT_AWARDED : DATE.format(date);
    }

    static String source(VolumeSource source) {
        return source == VolumeSource.EXTRAPOLATED ? "extrapolé" : "déclaré";
    }

    static String volume(AssessmentLine line) {
        return number(line.volume()) + " (" + source(line.volumeSource()) + ")";
    }

    /** What an item's table shows: the one-off saving of a purchase, the yearly saving otherwise. */
    static SavingFigure headline(AssessmentItem item, SavingAmounts amounts) {
        return item.oneOff() ? amounts.oneOff() : amounts.perYear();
    }

    /** {@code / an} or {@code (achat)}, after "Économie attendue". */
    static String period(AssessmentItem item) {
        return item.oneOff() ? "(achat)" : "/ an";
    }

    static String amount(@Nullable SavingAmounts amounts, java.util.function.Function<SavingAmounts, SavingFigure> f) {
        return amounts == null ? NOT_AWARDED : euros(f.apply(amounts).value());
    }

    private static String format(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
