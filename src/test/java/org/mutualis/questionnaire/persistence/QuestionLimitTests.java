package org.mutualis.questionnaire.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Question;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A text question's own length limit: read from the optional {@code max_length} column of a
 * questionnaire file, kept by the versions an administrator writes (V14), absent by default.
 */
@MutualisDbTest
class QuestionLimitTests {

    @Autowired
    QuestionnaireStore store;

    static final String HEADER = "position,code,indicator,label_fr,label_en,help_fr,required,allows_nc,min,max";

    @Test
    void aQuestionnaireFileMayGiveATextQuestionItsOwnLimit() throws Exception {
        Question limited = question(
                HEADER + ",max_length\n1,sw_finance_publisher,sw_finance_publisher,É,P,Aide,false,true,,,80\n");
        assertThat(limited.maxLength()).isEqualTo(80);
        Question without = question(HEADER + "\n1,sw_finance_publisher,sw_finance_publisher,É,P,Aide,false,true,,\n");
        assertThat(without.maxLength()).isNull();
        assertThat(Catalogue.load("software", 1).questions()).allMatch(q -> q.maxLength() == null);
    }

    @Test
    void theStoreKeepsTheLimit() throws Exception {
        Question limited = question(
                HEADER + ",max_length\n1,sw_finance_publisher,sw_finance_publisher,É,P,Aide,false,true,,,80\n");
        String theme = "limites-" + System.nanoTime() % 1_000_000;
        store.insert(theme, 1, "Limites", "Limits", "test", List.of(limited));
        assertThat(store.questions(theme, 1))
                .singleElement()
                .satisfies(q -> assertThat(q.maxLength()).isEqualTo(80));
    }

    private static Question question(String csv) throws Exception {
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        return QuestionRows.question(records.get(0), Catalogue.indicators());
    }
}
