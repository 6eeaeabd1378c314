package org.mutualis.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/** The command line writes workbooks to send out and checks answers files like an import. */
class FilesCommandTests {

    @TempDir
    Path dir;

    Path territory;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void territory() throws IOException {
        territory = copy("territory/morlaix-2012.csv", "territory.csv");
    }

    @Test
    void aWorkbookForFourThemesIsWrittenAndReadsBackClean() {
        Path workbook = dir.resolve("recensement.ods");
        assertThat(run(
                        "workbook",
                        "--themes",
                        "infrastructure:2,telecom,printing,software",
                        "--territory",
                        territory.toString(),
                        "--output",
                        workbook.toString()))
                .as(err.toString())
                .isZero();
        assertThat(workbook).isNotEmptyFile();
        assertThat(run(
                        "check",
                        "--themes",
                        "infrastructure:2,telecom,printing,software",
                        "--territory",
                        territory.toString(),
                        "--answers",
                        workbook.toString()))
                .as(err.toString())
                .isZero();
    }

    @Test
    void aCsvWorkbookNeutralisesFormulasInTheNames() throws IOException {
        Path hostile = dir.resolve("hostile.csv");
        Files.writeString(
                hostile,
                Files.readString(territory).replace("Botsorhel", "=1+2").replace("Locquirec", "@SUM(1+1)"));
        Path csv = dir.resolve("recensement.csv");

        assertThat(run(
                        "workbook",
                        "--themes",
                        "infrastructure:1",
                        "--territory",
                        hostile.toString(),
                        "--output",
                        csv.toString()))
                .as(err.toString())
                .isZero();

        String written = Files.readString(csv);
        assertThat(written).contains(",'@SUM(1+1),").contains(",'=1+2,");
        assertThat(written.lines()).noneMatch(line -> line.contains(",=") || line.contains(",@"));
        assertThat(written).startsWith("code,name,desktops_excl_schools,").contains("29014,'=1+2,");
    }

    @Test
    void theStudyAnswersPassTheCheck() throws IOException {
        Path answers = copy("census/demo/infrastructure-2012.csv", "answers.csv");
        assertThat(run(
                        "check",
                        "--themes",
                        "infrastructure:1",
                        "--territory",
                        territory.toString(),
                        "--answers",
                        answers.toString()))
                .isZero();
        assertThat(out.toString()).contains("8 réponses valides");
    }

    @Test
    void aBadFileIsRefusedWithEveryProblem() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "code,desktops_excl_schools,laptops_excl_schools\n29014,-1,x\n99999,1,1\n");
        assertThat(run(
                        "check",
                        "--themes",
                        "infrastructure:1",
                        "--territory",
                        territory.toString(),
                        "--answers",
                        bad.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("ligne 2").contains("99999");
        assertThat(run("check", "--territory", dir.resolve("none.csv").toString(), "--answers", bad.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("introuvable");
    }

    @Test
    void anOverlongAnswerOrAHugeNumberFailsTheCheckAsItFailsTheImport() throws IOException {
        Path bad = dir.resolve("long.csv");
        Files.writeString(
                bad,
                "code,sw_finance_publisher,sw_finance_maintenance_eur_ht,comment\n29014," + "x".repeat(5000)
                        + ",12345678901234567890123," + "c".repeat(4001) + "\n");
        assertThat(run(
                        "check",
                        "--themes",
                        "software",
                        "--territory",
                        territory.toString(),
                        "--answers",
                        bad.toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains(
                        "colonne B (sw_finance_publisher) : 5000 caractères : la réponse est trop longue (1000 au plus).")
                .contains("colonne C (sw_finance_maintenance_eur_ht) : « 12345678901234567890123 » est trop grand")
                .contains("colonne D (comment) : 4001 caractères : le commentaire est trop long (4000 au plus).");
    }

    @Test
    void eachProblemSaysItsPlaceOnce() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "code,desktops_excl_schools\n99999,3\n29014,abc\n");
        assertThat(run("check", "--territory", territory.toString(), "--answers", bad.toString()))
                .isEqualTo(2);
        String said = err.toString();
        assertThat(said)
                .contains("Feuille infrastructure, ligne 2, colonne A (code) : la collectivité « 99999 » est inconnue")
                .contains(
                        "Feuille infrastructure, ligne 3, colonne B (desktops_excl_schools) : « abc » n'est pas un nombre.")
                .doesNotContain("Ligne 2, colonne A")
                .doesNotContain("Ligne 3, colonne B");
    }

    @Test
    void aNameThatIsNotItsCodesCollectivityIsSaid() throws IOException {
        Path named = dir.resolve("names.csv");
        Files.writeString(
                named,
                "code,name,desktops_excl_schools,laptops_excl_schools\n29127,Loc-Eguiner,1,1\n29254,St Martin des Champs,1,1\n");
        assertThat(run(
                        "check",
                        "--themes",
                        "infrastructure:1",
                        "--territory",
                        territory.toString(),
                        "--answers",
                        named.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString())
                .contains("le fichier nomme « Loc-Eguiner » la collectivité de code 29127, qui est"
                        + " Loc-Eguiner-Saint-Thégonnec")
                .doesNotContain("St Martin des Champs");
    }

    private int run(String... args) {
        return FilesCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path copy(String resource, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Files.copy(in, target);
        }
        return target;
    }
}
