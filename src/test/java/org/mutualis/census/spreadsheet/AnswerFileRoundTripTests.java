package org.mutualis.census.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportedResponse;

class AnswerFileRoundTripTests {

    @ParameterizedTest
    @EnumSource(AnswerFileFormat.class)
    void the2012AnswersComeBackUnchanged(AnswerFileFormat format) {
        List<ImportedResponse> original = Fixtures.import2012().responses();

        AnswersImport again = Fixtures.read(format, Fixtures.write(format, original), Fixtures.CODES_2012);

        assertThat(again.problems()).isEmpty();
        assertThat(again.responses()).isEqualTo(original);
    }

    @ParameterizedTest
    @EnumSource(AnswerFileFormat.class)
    void aBlankTemplateReadsAsNoResponse(AnswerFileFormat format) {
        AnswersImport again = Fixtures.read(format, Fixtures.write(format, List.of()), Fixtures.CODES_2012);

        assertThat(again.isOk()).isTrue();
        assertThat(again.responses()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AnswerFileFormat.class)
    void fileNamesGiveTheFormat(AnswerFileFormat format) {
        assertThat(AnswerFileFormat.fromFileName("reponses-2026." + format.extension().toUpperCase()))
                .isEqualTo(format);
    }
}
