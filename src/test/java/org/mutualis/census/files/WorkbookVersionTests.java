package org.mutualis.census.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.census.files.WorkbookFixtures.INFRA;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportProblem;
import org.mutualis.census.ImportedResponse;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;

/**
 * A workbook sent before an administrator published a new version of a theme: read as the new
 * version when none of its columns is gone, refused naming them otherwise.
 */
class WorkbookVersionTests {

    private static final Questionnaire TELECOM = WorkbookFixtures.telecom();

    /** Infrastructure v1 plus a required question on Windows 11, which a v1 workbook cannot answer. */
    private static Questionnaire withWindows11() {
        List<Question> questions = new ArrayList<>(INFRA.questions());
        questions.add(new Question(
                "os_windows_11",
                "os_windows_11",
                99,
                "Postes sous Windows 11",
                "Workstations running Windows 11",
                "",
                true,
                true,
                BigDecimal.ZERO,
                null,
                true));
        List<Indicator> indicators = new ArrayList<>(INFRA.indicators());
        Catalogue.indicators().stream()
                .filter(i -> i.code().equals("os_windows_11"))
                .forEach(indicators::add);
        return version2(questions, indicators);
    }

    /** Infrastructure v1 without the questions on Windows XP and Vista. */
    private static Questionnaire withoutXpAndVista() {
        List<Question> questions = INFRA.questions().stream()
                .filter(q -> !q.code().equals("os_xp") && !q.code().equals("os_vista"))
                .toList();
        return version2(questions, INFRA.indicators());
    }

    private static Questionnaire version2(List<Question> questions, List<Indicator> indicators) {
        return new Questionnaire(
                INFRA.theme(),
                2,
                INFRA.titleFr(),
                INFRA.titleEn(),
                questions,
                indicators,
                INFRA.shareGroups(),
                INFRA.renewals());
    }

    @ParameterizedTest
    @EnumSource(
            value = AnswerFileFormat.class,
            names = {"XLSX", "ODS"})
    void anOlderVersionWhoseColumnsAllRemainIsReadAsTheNewOne(AnswerFileFormat format) {
        List<ImportedResponse> original = WorkbookFixtures.infrastructure2012();
        byte[] v1 = WorkbookFixtures.write(format, List.of(INFRA, TELECOM), original);

        AnswersImport read = WorkbookFixtures.read(format, v1, List.of(withWindows11(), TELECOM));

        assertThat(read.problems()).isEmpty();
        assertThat(read.responses()).isEqualTo(original);
    }

    @ParameterizedTest
    @EnumSource(
            value = AnswerFileFormat.class,
            names = {"XLSX", "ODS"})
    void aWorkbookOfTheCataloguesVersion1ReadsIntoItsVersion2(AnswerFileFormat format) {
        Questionnaire v2 = Catalogue.load("infrastructure", 2);
        List<ImportedResponse> original = WorkbookFixtures.infrastructure2012();
        byte[] v1 = WorkbookFixtures.write(format, List.of(INFRA), original);

        AnswersImport read = WorkbookFixtures.read(format, v1, List.of(v2));

        assertThat(read.problems()).isEmpty();
        assertThat(read.responses()).isEqualTo(original);
    }

    @ParameterizedTest
    @EnumSource(
            value = AnswerFileFormat.class,
            names = {"XLSX", "ODS"})
    void anOlderVersionWithColumnsGoneIsRefusedNamingThem(AnswerFileFormat format) throws Exception {
        var sheets = WorkbookSheetsBuilder.of(List.of(INFRA, TELECOM))
                .row(
                        INFRA,
                        BOTSORHEL,
                        Map.of("desktops_excl_schools", "2", "laptops_excl_schools", "0", "os_xp", "2"),
                        "")
                .row(TELECOM, BOTSORHEL, Map.of(), "")
                .line(TELECOM.theme(), "29133x")
                .build();

        AnswersImport read = WorkbookFixtures.read(
                format, WorkbookSheetsBuilder.write(format, sheets), List.of(withoutXpAndVista(), TELECOM));

        // The other sheet's problems are listed too: one pass gives the whole report.
        assertThat(read.problems())
                .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::messageFr)
                .containsExactly(
                        tuple(
                                "infrastructure",
                                0,
                                "La feuille « infrastructure » a été remplie avec la version 1 du questionnaire"
                                        + " « Infrastructure et réseaux », et la campagne utilise la version 2, où les"
                                        + " colonnes « os_xp », « os_vista » n'existent plus : téléchargez le classeur"
                                        + " de la campagne et reportez-y les réponses."),
                        tuple(
                                "telecom",
                                3,
                                "Ligne 3, colonne A (code) : la collectivité « 29133x » est inconnue sur ce"
                                        + " territoire (attendu : code INSEE d'une commune membre, ou SIREN de"
                                        + " l'EPCI)."));
    }

    @ParameterizedTest
    @EnumSource(
            value = AnswerFileFormat.class,
            names = {"XLSX", "ODS"})
    void aSheetWithoutVersionIsTakenAtTheCampaignsVersion(AnswerFileFormat format) throws Exception {
        // A workbook made by hand, no hidden sheet: the columns alone decide.
        var sheets = WorkbookSheetsBuilder.of(List.of(INFRA, TELECOM))
                .row(
                        INFRA,
                        BOTSORHEL,
                        Map.of("desktops_excl_schools", "2", "laptops_excl_schools", "0", "os_xp", "2"),
                        "")
                .build()
                .stream()
                .filter(s -> !s.name().equals("_mutualis"))
                .toList();

        AnswersImport read = WorkbookFixtures.read(
                format, WorkbookSheetsBuilder.write(format, sheets), List.of(withoutXpAndVista(), TELECOM));

        assertThat(read.problems())
                .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple("infrastructure", 1, "E"), tuple("infrastructure", 1, "F"));
    }
}
