package org.mutualis.census.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportProblem;
import org.mutualis.shared.AnswerValue;

class AnswerFileValidationTests {

    private static final Set<String> CODES = Fixtures.CODES_2012;

    @Test
    void everyProblemIsReportedWithItsPlaceAndNothingIsImported() {
        AnswersImport result = Fixtures.readCsv("""
                code,name,desktops_excl_schools,laptops_excl_schools,os_xp,brand
                29014,Botsorhel,1,1,2,
                99999,Nowhere,3,1,1,
                29133,Locquirec,abc,1,5,
                29067,Guerlesquin,-4,2,6,
                29014,Botsorhel again,1,1,2,
                29279,Taulé,16,2.5,8,
                """, CODES);

        assertThat(result.isOk()).isFalse();
        assertThat(result.problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::header)
                .containsExactly(
                        tuple(1, "F", "brand"),
                        tuple(3, "A", "code"),
                        tuple(4, "C", "desktops_excl_schools"),
                        tuple(5, "C", "desktops_excl_schools"),
                        tuple(6, "A", "code"),
                        tuple(7, "D", "laptops_excl_schools"));
        assertThat(result.problems())
                .extracting(ImportProblem::messageFr)
                .containsExactly(
                        "Ligne 1, colonne F (brand) : colonne inconnue « brand ». Colonnes acceptées : code, name, comment, "
                                + String.join(
                                        ", ",
                                        Fixtures.Q.questions().stream()
                                                .map(q -> q.code())
                                                .toList()) + ".",
                        "Ligne 3, colonne A (code) : la collectivité « 99999 » est inconnue sur ce territoire "
                                + "(attendu : code INSEE d'une commune membre, ou SIREN de l'EPCI).",
                        "Ligne 4, colonne C (desktops_excl_schools) : « abc » n'est pas un nombre.",
                        "Ligne 5, colonne C (desktops_excl_schools) : « -4 » est négatif : la valeur doit être positive ou nulle.",
                        "Ligne 6, colonne A (code) : la collectivité « 29014 » a déjà une ligne (ligne 2) : "
                                + "une seule ligne par collectivité.",
                        "Ligne 7, colonne D (laptops_excl_schools) : « 2.5 » n'est pas un nombre entier.");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.sheet()).isEqualTo("infrastructure"));
    }

    @Test
    void headerProblems() {
        AnswersImport result = Fixtures.readCsv("""
                name,desktops_excl_schools,os_xp,os_xp,os_windows_11
                Botsorhel,1,2,2,0
                """, CODES);

        assertThat(result.problems())
                .extracting(ImportProblem::messageFr)
                .containsExactly(
                        "Ligne 1 : la colonne « code » (code INSEE de la commune, ou SIREN de l'EPCI) est absente de la ligne d'en-tête.",
                        "Ligne 1 : la colonne « laptops_excl_schools » (Nombre de postes portables (hors écoles et cyber-commune)) "
                                + "est obligatoire et absente.",
                        "Ligne 1, colonne D (os_xp) : la colonne « os_xp » apparaît deux fois (déjà en colonne C).",
                        "Ligne 1, colonne E (os_windows_11) : « os_windows_11 » n'est pas une question du questionnaire "
                                + "« Infrastructure et réseaux » (version 1).");
    }

    @Test
    void choicesRequiredAnswersAndBounds() {
        AnswersImport result = Fixtures.readCsv("""
                code,desktops_excl_schools,laptops_excl_schools,maintenance_contract,avg_cost_desktop_eur_ht
                29014,,1,maybe,12x
                29133,NC,nc,PARTIAL,"903,83"
                """, CODES);

        assertThat(result.problems())
                .extracting(ImportProblem::messageFr)
                .containsExactly(
                        "Ligne 2, colonne B (desktops_excl_schools) : la réponse est obligatoire (indiquez NC si elle n'est pas connue).",
                        "Ligne 2, colonne D (maintenance_contract) : « maybe » n'est pas une réponse possible "
                                + "(réponses acceptées : yes, no, partial).",
                        "Ligne 2, colonne E (avg_cost_desktop_eur_ht) : « 12x » n'est pas un nombre.");
    }

    @Test
    void semicolonsDecimalCommasAndBom() {
        String text = "\uFEFFcode;nom;desktops_excl_schools;laptops_excl_schools;avg_cost_desktop_eur_ht;"
                + "maintenance_contract;commentaire\n"
                + "29133;Locquirec;7;1;903,83;No;\"écoles exclues; cyber-commune aussi\"\n"
                + "29014;Botsorhel;1;1;1 259,67 €;yes;\n"
                + ";;;;;;\n\n";

        AnswersImport result = Fixtures.readCsv(text, CODES);

        assertThat(result.problems()).isEmpty();
        assertThat(result.responses()).hasSize(2);
        var locquirec = result.responses().get(0);
        assertThat(locquirec.answers().get("avg_cost_desktop_eur_ht")).isEqualTo(AnswerValue.of("903.83"));
        assertThat(locquirec.answers().get("maintenance_contract")).isEqualTo(new AnswerValue.Text("no"));
        assertThat(locquirec.comment()).isEqualTo("écoles exclues; cyber-commune aussi");
        assertThat(result.responses().get(1).answers().get("avg_cost_desktop_eur_ht"))
                .isEqualTo(AnswerValue.of("1259.67"));
    }

    @Test
    void windows1252CsvFromFrenchExcel() {
        byte[] bytes = "code;desktops_excl_schools;laptops_excl_schools;commentaire\n29279;16;2;Taulé\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));

        AnswersImport result = Fixtures.read(org.mutualis.census.AnswerFileFormat.CSV, bytes, CODES);

        assertThat(result.responses().get(0).comment()).isEqualTo("Taulé");
    }

    @Test
    void anEmptyFileSaysWhatIsExpected() {
        assertThat(Fixtures.readCsv("", CODES).problems())
                .extracting(ImportProblem::messageFr)
                .containsExactly(
                        "Le fichier est vide : la première ligne doit porter les en-têtes (code, puis les codes des questions).");
    }

    @Test
    void aTooLargeFileIsRefusedWithAClearMessage() {
        byte[] bytes = ("code,desktops_excl_schools,laptops_excl_schools\n" + "29014,1,1\n".repeat(200))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        AnswersImport result = org.mutualis.census.files.AnswerFileReader.read(
                new java.io.ByteArrayInputStream(bytes),
                org.mutualis.census.AnswerFileFormat.CSV,
                Fixtures.Q,
                CODES,
                new org.mutualis.census.AnswerFileLimits(1024, 100_000));

        assertThat(result.isOk()).isFalse();
        assertThat(result.problems())
                .extracting(ImportProblem::row, ImportProblem::messageFr)
                .containsExactly(tuple(0, "Le fichier dépasse la taille maximale acceptée (1024 octets)."));
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefused() {
        AnswersImport result = Fixtures.read(
                org.mutualis.census.AnswerFileFormat.XLSX,
                "code,desktops_excl_schools\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                CODES);

        assertThat(result.problems())
                .extracting(ImportProblem::messageFr)
                .containsExactly("Le fichier n'est pas un fichier XLSX valide.");
    }
}
