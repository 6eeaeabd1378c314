package org.mutualis.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvCellsTests {

    @Property
    void restoreUndoesNeutralise(@ForAll("cells") String text) {
        assertThat(CsvCells.restore(CsvCells.neutralise(text))).isEqualTo(text);
    }

    @Property
    void aNeutralisedCellNeverStartsAFormula(@ForAll("cells") String text) {
        String cell = CsvCells.neutralise(text);
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-");
        assertThat(cell).doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
    }

    @Property
    void onlyRiskyTextsChange(@ForAll("cells") String text) {
        String stripped = text.replaceFirst("^'*", "");
        boolean risky = !stripped.isEmpty() && "=+-@\t\r".indexOf(stripped.charAt(0)) >= 0;
        assertThat(CsvCells.neutralise(text)).isEqualTo(risky ? "'" + text : text);
    }

    @Example
    void examples() {
        assertThat(CsvCells.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCells.neutralise("-3")).isEqualTo("'-3");
        assertThat(CsvCells.neutralise("'=x")).isEqualTo("''=x");
        assertThat(CsvCells.neutralise("'abc")).isEqualTo("'abc");
        assertThat(CsvCells.neutralise("Taulé")).isEqualTo("Taulé");
        assertThat(CsvCells.restore("'abc")).isEqualTo("'abc");
        assertThat(CsvCells.restore("'-3")).isEqualTo("-3");
    }

    @Provide
    Arbitrary<String> cells() {
        // Texts made mostly of the characters that matter here, so that every case comes up.
        return Arbitraries.strings().withChars("'=+-@\t\rab1 \"").ofMaxLength(6);
    }
}
