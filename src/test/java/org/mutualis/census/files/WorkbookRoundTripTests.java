package org.mutualis.census.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.census.files.WorkbookFixtures.INFRA;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportedResponse;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;

class WorkbookRoundTripTests {

    private static final Questionnaire TELECOM = WorkbookFixtures.telecom();
    private static final List<Questionnaire> THEMES = List.of(INFRA, TELECOM);

    /** The 2012 answers, with Télécom answers for some collectivités and not others. */
    private static List<ImportedResponse> territory() {
        List<ImportedResponse> rows = new ArrayList<>();
        int seed = 0;
        for (ImportedResponse infra : WorkbookFixtures.infrastructure2012()) {
            Map<String, AnswerValue> answers = new LinkedHashMap<>(infra.answers());
            if (seed % 3 != 1) {
                answers.putAll(WorkbookFixtures.answers(TELECOM, seed));
            }
            rows.add(new ImportedResponse(infra.collectivityCode(), answers, infra.comment()));
            seed++;
        }
        // A collectivité that answered Télécom only.
        rows.add(new ImportedResponse("29001", WorkbookFixtures.answers(TELECOM, 42), "Télécom seulement"));
        return rows;
    }

    @ParameterizedTest
    @EnumSource(
            value = AnswerFileFormat.class,
            names = {"XLSX", "ODS"})
    void aTerritoryWorkbookComesBackWithTheSameAnswers(AnswerFileFormat format) {
        List<ImportedResponse> original = territory();

        AnswersImport again = WorkbookFixtures.read(format, WorkbookFixtures.write(format, THEMES, original), THEMES);

        assertThat(again.problems()).isEmpty();
        assertThat(again.responses()).isEqualTo(original);
    }

    @ParameterizedTest
    @EnumSource(
            value = AnswerFileFormat.class,
            names = {"XLSX", "ODS"})
    void aCollectivitysWorkbookComesBackWithTheSameAnswers(AnswerFileFormat format) {
        ImportedResponse morlaix = territory().stream()
                .filter(r -> r.collectivityCode().equals(MORLAIX))
                .findFirst()
                .orElseThrow();

        AnswersImport again =
                WorkbookFixtures.read(format, WorkbookFixtures.write(format, THEMES, List.of(morlaix)), THEMES);

        assertThat(again.problems()).isEmpty();
        assertThat(again.responses()).containsExactly(morlaix);
    }

    @ParameterizedTest
    @EnumSource(
            value = AnswerFileFormat.class,
            names = {"XLSX", "ODS"})
    void theFourThemesOfTheCatalogueComeBackWithTheSameAnswers(AnswerFileFormat format) {
        List<Questionnaire> four = new ArrayList<>();
        for (String theme : List.of("infrastructure", "telecom", "printing", "software")) {
            four.add(Catalogue.load(theme, theme.equals("infrastructure") ? 2 : 1));
        }
        List<ImportedResponse> original = new ArrayList<>();
        int seed = 0;
        for (String code : List.of(BOTSORHEL, MORLAIX, EPCI_SIREN)) {
            Map<String, AnswerValue> answers = new LinkedHashMap<>();
            for (Questionnaire q : four) {
                answers.putAll(WorkbookFixtures.answers(q, seed++));
            }
            original.add(new ImportedResponse(code, answers, "Réponse de " + code));
        }

        AnswersImport again = WorkbookFixtures.read(format, WorkbookFixtures.write(format, four, original), four);

        assertThat(again.problems()).isEmpty();
        assertThat(again.responses()).isEqualTo(original);
    }

    @ParameterizedTest
    @EnumSource(
            value = AnswerFileFormat.class,
            names = {"XLSX", "ODS"})
    void aWorkbookSentBlankReadsAsNoAnswer(AnswerFileFormat format) {
        // The workbook a collectivité is invited with: its code on every sheet, nothing answered.
        List<ImportedResponse> invited = List.of(new ImportedResponse(BOTSORHEL, Map.of(), null));

        AnswersImport again = WorkbookFixtures.read(format, WorkbookFixtures.write(format, THEMES, invited), THEMES);

        assertThat(again.problems()).isEmpty();
        assertThat(again.responses()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = AnswerFileFormat.class,
            names = {"XLSX", "ODS"})
    void commentsOfSeveralSheetsAreAllKept(AnswerFileFormat format) throws Exception {
        var sheets = WorkbookSheetsBuilder.of(THEMES)
                .row(INFRA, BOTSORHEL, Map.of("desktops_excl_schools", "1", "laptops_excl_schools", "NC"), "parc")
                .row(TELECOM, BOTSORHEL, WorkbookFixtures.answers(TELECOM, 1), "lignes")
                .build();

        AnswersImport read = WorkbookFixtures.read(format, WorkbookSheetsBuilder.write(format, sheets), THEMES);

        assertThat(read.problems()).isEmpty();
        assertThat(read.responses())
                .singleElement()
                .satisfies(r -> assertThat(r.comment()).isEqualTo("parc\nlignes"));
    }
}
