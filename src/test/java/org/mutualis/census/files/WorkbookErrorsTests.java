package org.mutualis.census.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.LOCQUIREC;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.census.files.WorkbookFixtures.INFRA;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportProblem;
import org.mutualis.census.ImportedResponse;
import org.mutualis.census.Workbooks;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;
import org.mutualis.spreadsheet.SheetGrid;

class WorkbookErrorsTests {

    private static final Questionnaire TELECOM = WorkbookFixtures.telecom();
    private static final List<Questionnaire> THEMES = List.of(INFRA, TELECOM);

    @ParameterizedTest
    @EnumSource(
            value = AnswerFileFormat.class,
            names = {"XLSX", "ODS"})
    void errorsOnSeveralSheetsRefuseTheWholeWorkbookAndAreAllListed(AnswerFileFormat format) throws Exception {
        Question number = TELECOM.questions().stream()
                .filter(q -> TELECOM.indicatorOf(q).numeric())
                .findFirst()
                .orElseThrow();
        Map<String, Object> wrongNumber = new LinkedHashMap<>(WorkbookFixtures.answers(TELECOM, 1));
        wrongNumber.put(number.code(), "beaucoup");
        List<String> telecomHeader = new java.util.ArrayList<>(WorkbookSheetsBuilder.header(TELECOM));
        telecomHeader.add("colonne_inconnue");
        var builder = WorkbookSheetsBuilder.of(List.of(INFRA))
                .sheet(TELECOM.theme(), telecomHeader)
                .meta(TELECOM.theme(), TELECOM.theme(), TELECOM.version())
                .row(INFRA, BOTSORHEL, Map.of("desktops_excl_schools", "abc", "laptops_excl_schools", "1"), "")
                .row(INFRA, "99999", Map.of("desktops_excl_schools", "1", "laptops_excl_schools", "1"), "")
                .row(
                        INFRA,
                        LOCQUIREC,
                        Map.of(
                                "desktops_excl_schools",
                                "2",
                                "laptops_excl_schools",
                                "2",
                                "maintenance_contract",
                                "peut-être"),
                        "")
                .row(TELECOM, BOTSORHEL, wrongNumber, "")
                // A valid row: its answers must not be imported either.
                .row(TELECOM, MORLAIX, WorkbookFixtures.answers(TELECOM, 2), "")
                .row(TELECOM, BOTSORHEL, WorkbookFixtures.answers(TELECOM, 3), "");
        String numberColumn = SheetGrid.columnLetter(telecomHeader.indexOf(number.code()));
        String unknownColumn = SheetGrid.columnLetter(telecomHeader.size() - 1);

        AnswersImport result =
                WorkbookFixtures.read(format, WorkbookSheetsBuilder.write(format, builder.build()), THEMES);

        assertThat(result.isOk()).isFalse();
        assertThatThrownBy(result::responses).isInstanceOf(IllegalStateException.class);
        assertThat(result.problems())
                .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
                .containsExactly(
                        tuple("infrastructure", 2, "C"),
                        tuple("infrastructure", 3, "A"),
                        tuple("infrastructure", 4, "Q"),
                        tuple("telecom", 1, unknownColumn),
                        tuple("telecom", 2, numberColumn),
                        tuple("telecom", 4, "A"));
        assertThat(result.problems())
                .extracting(ImportProblem::messageFr)
                .containsExactly(
                        "Ligne 2, colonne C (desktops_excl_schools) : « abc » n'est pas un nombre.",
                        "Ligne 3, colonne A (code) : la collectivité « 99999 » est inconnue sur ce territoire "
                                + "(attendu : code INSEE d'une commune membre, ou SIREN de l'EPCI).",
                        "Ligne 4, colonne Q (maintenance_contract) : « peut-être » n'est pas une réponse possible "
                                + "(réponses acceptées : yes, no, partial).",
                        "Ligne 1, colonne " + unknownColumn
                                + " (colonne_inconnue) : colonne inconnue « colonne_inconnue »."
                                + " Colonnes acceptées : code, name, comment, "
                                + String.join(
                                        ", ",
                                        TELECOM.questions().stream()
                                                .map(Question::code)
                                                .toList()) + ".",
                        "Ligne 2, colonne " + numberColumn + " (" + number.code()
                                + ") : « beaucoup » n'est pas un nombre.",
                        "Ligne 4, colonne A (code) : la collectivité « 29014 » a déjà une ligne (ligne 2) :"
                                + " une seule ligne par collectivité.");
    }

    @Test
    void aSheetOfAThemeOutsideTheCampaignIsAProblem() {
        byte[] workbook = WorkbookFixtures.write(AnswerFileFormat.XLSX, THEMES, List.of());

        AnswersImport result = WorkbookFixtures.read(AnswerFileFormat.XLSX, workbook, List.of(TELECOM));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("infrastructure");
            assertThat(p.row()).isZero();
            assertThat(p.messageFr())
                    .isEqualTo("La feuille « infrastructure » porte le thème « Infrastructure et réseaux », qui n'est"
                            + " pas un thème de cette campagne (thèmes de la campagne : telecom) : retirez-la du"
                            + " classeur, ou importez-la dans la campagne de ce thème.");
        });
    }

    @Test
    void aMissingSheetIsAProblemAndTheOtherSheetsAreStillChecked() throws Exception {
        var sheets = WorkbookSheetsBuilder.of(List.of(INFRA))
                .row(INFRA, BOTSORHEL, Map.of("desktops_excl_schools", "-1", "laptops_excl_schools", "1"), "")
                .build();

        AnswersImport result = WorkbookFixtures.read(
                AnswerFileFormat.ODS, WorkbookSheetsBuilder.write(AnswerFileFormat.ODS, sheets), THEMES);

        assertThat(result.problems())
                .extracting(ImportProblem::sheet, ImportProblem::messageFr)
                .containsExactly(
                        tuple(
                                "infrastructure",
                                "Ligne 2, colonne C (desktops_excl_schools) : « -1 » est négatif : la valeur doit"
                                        + " être positive ou nulle."),
                        tuple(
                                "telecom",
                                "La feuille « telecom » (" + TELECOM.titleFr() + ") est absente du classeur : chaque"
                                        + " thème de la campagne a sa feuille, à laisser sans réponse si la"
                                        + " collectivité n'y répond pas."));
    }

    @Test
    void sheetsOfNotesAreIgnoredButUnknownAnswerSheetsAreNot() throws Exception {
        var sheets = WorkbookSheetsBuilder.of(THEMES)
                .sheet("Notes", List.of("À rappeler : mairie annexe"))
                .sheet("Feuil1", List.of("code", "desktops_excl_schools"))
                .line("Feuil1", BOTSORHEL, "3")
                .build();

        AnswersImport result = WorkbookFixtures.read(
                AnswerFileFormat.XLSX, WorkbookSheetsBuilder.write(AnswerFileFormat.XLSX, sheets), THEMES);

        assertThat(result.problems())
                .extracting(ImportProblem::sheet, ImportProblem::messageFr)
                .containsExactly(tuple(
                        "Feuil1",
                        "La feuille « Feuil1 » ne correspond à aucun thème de la campagne (feuilles attendues :"
                                + " infrastructure, telecom) : renommez-la du code de son thème, ou retirez-la."));
    }

    @Test
    void aCsvFileHoldsOneThemeAndReadsAsBefore() {
        List<ImportedResponse> original = WorkbookFixtures.infrastructure2012();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        Workbooks.write(csv, AnswerFileFormat.CSV, List.of(INFRA), original, Map.of());

        AnswersImport one = Workbooks.read(
                new ByteArrayInputStream(csv.toByteArray()),
                AnswerFileFormat.CSV,
                List.of(INFRA),
                WorkbookFixtures.CODES);
        AnswersImport two = Workbooks.read(
                new ByteArrayInputStream(csv.toByteArray()), AnswerFileFormat.CSV, THEMES, WorkbookFixtures.CODES);

        assertThat(one.responses()).isEqualTo(original);
        assertThat(two.problems())
                .extracting(ImportProblem::messageFr)
                .containsExactly("Un fichier CSV n'a qu'une feuille, donc un seul thème, et cette campagne en compte 2"
                        + " (infrastructure, telecom) : importez le classeur ODS ou XLSX de la campagne.");
        assertThatThrownBy(() ->
                        Workbooks.write(new ByteArrayOutputStream(), AnswerFileFormat.CSV, THEMES, original, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnswerToNoThemeIsAProgrammingError() {
        var stray = new ImportedResponse(BOTSORHEL, Map.of("no_such_question", AnswerValue.of(1)), null);

        assertThatThrownBy(() -> WorkbookFixtures.write(AnswerFileFormat.ODS, THEMES, List.of(stray)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no_such_question");
    }
}
