package org.mutualis.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** One French decimal: what it accepts, what it writes, and that it never reads a wrong value. */
class FrenchDecimalsTests {

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.integers()
                .between(0, 6)
                .flatMap(scale -> Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1000000000000"), new BigDecimal("1000000000000"))
                        .ofScale(scale));
    }

    @Example
    void readsWhatPeopleType() {
        assertThat(FrenchDecimals.parse("12,5")).isEqualByComparingTo("12.5");
        assertThat(FrenchDecimals.parse("12.5")).isEqualByComparingTo("12.5");
        assertThat(FrenchDecimals.parse("1 234,50")).isEqualByComparingTo("1234.50");
        assertThat(FrenchDecimals.parse("1\u00a0234,50 €")).isEqualByComparingTo("1234.50");
        assertThat(FrenchDecimals.parse(" 1\u202f234\u202f567,5€ ")).isEqualByComparingTo("1234567.5");
        assertThat(FrenchDecimals.parse("-5")).isEqualByComparingTo("-5");
        assertThat(FrenchDecimals.parse("1234,50").scale()).isEqualTo(2);
    }

    @Example
    void refusesWhatItCannotReadForSure() {
        for (String wrong : new String[] {
            "", " ", "abc", "12,5,3", "1,234.5", "1.234,5", "1e3", "12 5", "1 2345", "12,", ",5", "12,5 $", "€ 12",
            "12 € HT", "--5", "0x10", "½", "١٢"
        }) {
            assertThatThrownBy(() -> FrenchDecimals.parse(wrong)).as(wrong).isInstanceOf(NumberFormatException.class);
            assertThat(FrenchDecimals.tryParse(wrong)).as(wrong).isEmpty();
        }
    }

    @Example
    void writesTheFrenchWay() {
        assertThat(FrenchDecimals.format(new BigDecimal("12.50"))).isEqualTo("12,5");
        assertThat(FrenchDecimals.format(new BigDecimal("5000000.00"))).isEqualTo("5 000 000");
        assertThat(FrenchDecimals.format(new BigDecimal("-1234.5"))).isEqualTo("-1 234,5");
        assertThat(FrenchDecimals.euros(new BigDecimal("1234.5"))).isEqualTo("1 234,50 €");
        assertThat(FrenchDecimals.euros(new BigDecimal("0.005"))).isEqualTo("0,01 €");
    }

    @Property
    void whatItWritesItReadsBack(@ForAll("decimals") BigDecimal value) {
        assertThat(FrenchDecimals.parse(FrenchDecimals.format(value))).isEqualByComparingTo(value);
        assertThat(FrenchDecimals.parse(FrenchDecimals.euros(value)))
                .isEqualByComparingTo(value.setScale(2, RoundingMode.HALF_UP));
    }

    @Property
    void aPointAndACommaAndAnySpaceReadTheSame(@ForAll("decimals") BigDecimal value) {
        String french = FrenchDecimals.format(value);
        assertThat(FrenchDecimals.parse(french.replace(',', '.'))).isEqualByComparingTo(value);
        assertThat(FrenchDecimals.parse(french.replace(" ", ""))).isEqualByComparingTo(value);
        assertThat(FrenchDecimals.parse(french.replace(' ', '\u00a0'))).isEqualByComparingTo(value);
        assertThat(FrenchDecimals.parse(french.replace(' ', '\u202f') + " €")).isEqualByComparingTo(value);
    }

    /** Whatever it accepts keeps every digit typed, in order, and the sign: never a silent wrong value. */
    @Property(tries = 2000)
    void neverASilentWrongValue(
            @ForAll
                    @StringLength(max = 12)
                    @CharRange(from = '0', to = '9')
                    @Chars({' ', ',', '.', '-', '€', 'e', '\u00a0'})
                    String typed) {
        FrenchDecimals.tryParse(typed).ifPresent(value -> {
            assertThat(digits(value.abs().toPlainString())).isEqualTo(digits(typed));
            assertThat(value.signum() < 0).isEqualTo(typed.strip().startsWith("-") && value.signum() != 0);
        });
    }

    @Property
    void aWholeNumberReadsBackAndAFractionIsNeverRounded(
            @ForAll int whole, @ForAll @IntRange(min = 1, max = 9) int tenth) {
        assertThat(FrenchDecimals.parseWhole(FrenchDecimals.format(BigDecimal.valueOf(whole))))
                .isEqualTo(whole);
        assertThatThrownBy(() -> FrenchDecimals.parseWhole(whole + "," + tenth))
                .isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> FrenchDecimals.parseWhole((whole == 0 ? 1 : whole) + "0000000000"))
                .isInstanceOf(NumberFormatException.class);
    }

    /** English or German grouping ({@code 1,234.56}, {@code 1.234,56}) is ambiguous: refused, not guessed. */
    @Property
    void twoKindsOfSeparatorAreRefused(
            @ForAll @IntRange(min = 1000, max = 999_999_999) int whole,
            @ForAll @IntRange(min = 1, max = 99) int cents) {
        String english = String.format(java.util.Locale.US, "%,d.%02d", whole, cents);
        assertThat(FrenchDecimals.tryParse(english)).isEmpty();
        assertThat(FrenchDecimals.tryParse(
                        english.replace(',', '_').replace('.', ',').replace('_', '.')))
                .isEmpty();
    }

    private static String digits(String text) {
        String only = text.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        return only.replaceFirst("0+$", "");
    }
}
