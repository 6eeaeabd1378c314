package org.mutualis.census.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.GUERLESQUIN;
import static org.mutualis.StudyCodes.LOCQUIREC;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.StudyCodes.SAINT_MARTIN_DES_CHAMPS;
import static org.mutualis.StudyCodes.TAULE;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportedResponse;
import org.mutualis.shared.AnswerValue;

class Import2012Tests {

    private final AnswersImport result = Fixtures.import2012();
    private final Map<String, ImportedResponse> byCode = result.responses().stream()
            .collect(Collectors.toMap(ImportedResponse::collectivityCode, Function.identity()));

    @Test
    void eightRespondentsInFileOrder() {
        assertThat(result.isOk()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.responses())
                .extracting(ImportedResponse::collectivityCode)
                .containsExactly(
                        BOTSORHEL,
                        LOCQUIREC,
                        GUERLESQUIN,
                        TAULE,
                        PLOUGONVEN,
                        SAINT_MARTIN_DES_CHAMPS,
                        EPCI_SIREN,
                        MORLAIX);
        assertThat(result.responses()).allSatisfy(r -> assertThat(r.answers()).hasSize(15));
    }

    @Test
    void notCommunicatedStaysDistinctFromZero() {
        Map<String, AnswerValue> botsorhel = byCode.get(BOTSORHEL).answers();
        assertThat(botsorhel.get("avg_lifespan_years")).isEqualTo(AnswerValue.nc());
        assertThat(botsorhel.get("avg_cost_laptop_eur_ht").isNotCommunicated()).isTrue();
        assertThat(botsorhel.get("os_vista")).isEqualTo(AnswerValue.of(0));
        assertThat(botsorhel.get("os_vista").isNotCommunicated()).isFalse();
        assertThat(botsorhel.get("avg_cost_desktop_eur_ht")).isEqualTo(AnswerValue.of("1259.67"));
    }

    @Test
    void numbersChoicesAndComments() {
        Map<String, AnswerValue> locquirec = byCode.get(LOCQUIREC).answers();
        assertThat(locquirec.get("desktops_excl_schools")).isEqualTo(AnswerValue.of(7));
        assertThat(locquirec.get("avg_cost_desktop_eur_ht")).isEqualTo(AnswerValue.of("903.83"));
        // 1020.00 and 1020 are the same answer.
        assertThat(((AnswerValue.Numeric) locquirec.get("avg_cost_laptop_eur_ht")).value())
                .isEqualByComparingTo(new BigDecimal("1020"));
        assertThat(byCode.get(LOCQUIREC).comment()).isNull();

        ImportedResponse plougonven = byCode.get(PLOUGONVEN);
        assertThat(plougonven.answers().get("maintenance_contract")).isEqualTo(new AnswerValue.Text("partial"));
        assertThat(plougonven.comment()).contains("town hall only").contains("schools: 15 mini PCs");
        assertThat(byCode.get(SAINT_MARTIN_DES_CHAMPS).answers().get("maintenance_contract"))
                .isEqualTo(new AnswerValue.Text("yes"));
        assertThat(byCode.get(EPCI_SIREN).answers().get("os_windows_ce")).isEqualTo(AnswerValue.of(23));
    }

    @Test
    void anEmptyCellIsNoAnswerAtAll() {
        AnswersImport partial = Fixtures.readCsv("""
                code,desktops_excl_schools,laptops_excl_schools,os_xp,avg_lifespan_years
                29014,1,0,,NC
                """, Fixtures.CODES_2012);

        Map<String, AnswerValue> answers = partial.responses().get(0).answers();
        assertThat(answers).containsOnlyKeys("desktops_excl_schools", "laptops_excl_schools", "avg_lifespan_years");
        assertThat(answers.get("laptops_excl_schools")).isEqualTo(AnswerValue.of(0));
        assertThat(answers.get("avg_lifespan_years")).isEqualTo(AnswerValue.nc());
        assertThat(partial.responses().get(0).comment()).isNull();
    }

    @Test
    void theDemoCopyIsTheSameFile() throws Exception {
        try (var test = Fixtures.resource("census/infrastructure-2012.csv");
                var demo = Fixtures.resource("census/demo/infrastructure-2012.csv")) {
            assertThat(demo.readAllBytes()).isEqualTo(test.readAllBytes());
        }
    }
}
