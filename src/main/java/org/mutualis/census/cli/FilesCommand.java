package org.mutualis.census.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportedResponse;
import org.mutualis.census.Workbooks;
import org.mutualis.census.files.CollectivityNames;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.territory.NewCollectivity;
import org.mutualis.territory.TerritoryCsv;
import org.mutualis.territory.TerritoryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code workbook}: a workbook (XLSX or ODS, one sheet per theme, drop-down lists) with a row per
 * collectivité of a territory, to send out; {@code check}: an answers file checked as an import
 * would, every problem listed, nothing stored. Exit code 0, or 2 when an input is refused.
 */
@Command(
        name = "files",
        subcommands = {FilesCommand.Workbook.class, FilesCommand.Check.class})
public final class FilesCommand {

    private FilesCommand() {}

    /** Runs {@code workbook ...} or {@code check ...}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new FilesCommand());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println(
                    e instanceof NoSuchFileException missing
                            ? "Fichier introuvable : " + missing.getFile()
                            : String.valueOf(e.getMessage()));
            return 2;
        });
        return line.execute(args);
    }

    @Command(
            name = "workbook",
            mixinStandardHelpOptions = true,
            description = "Écrit un classeur à remplir : un onglet par thème, une ligne par collectivité.")
    static final class Workbook implements Callable<Integer> {
        @CommandLine.Mixin
        Inputs inputs;

        @Option(names = "--output", required = true, description = "Classeur à écrire (.ods ou .xlsx)")
        Path output;

        @Override
        public Integer call() throws IOException {
            AnswerFileFormat format =
                    AnswerFileFormat.fromFileName(output.getFileName().toString());
            List<NewCollectivity> members = territory(inputs.territory);
            List<ImportedResponse> rows = members.stream()
                    .map(m -> new ImportedResponse(m.code(), Map.of(), null))
                    .toList();
            Map<String, String> names =
                    members.stream().collect(Collectors.toMap(NewCollectivity::code, NewCollectivity::name));
            try (OutputStream out = Files.newOutputStream(output)) {
                Workbooks.write(out, format, ThemeList.parse(inputs.themes), rows, names);
            }
            return 0;
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Vérifie un fichier de réponses comme un import, sans rien enregistrer.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        Inputs inputs;

        @Option(names = "--answers", required = true, description = "Réponses en CSV, XLSX ou ODS")
        Path answers;

        @Override
        public Integer call() throws IOException {
            List<NewCollectivity> members = territory(inputs.territory);
            Set<String> codes = members.stream().map(NewCollectivity::code).collect(Collectors.toSet());
            List<Questionnaire> questionnaires = ThemeList.parse(inputs.themes);
            AnswersImport result;
            try (InputStream in = Files.newInputStream(answers)) {
                result = Workbooks.read(
                        in, AnswerFileFormat.fromFileName(answers.getFileName().toString()), questionnaires, codes);
            }
            if (!result.isOk()) {
                result.problems().forEach(p -> spec.commandLine().getErr().println(p.describe()));
                return 2;
            }
            // A name that is not its code's collectivité's is said, as the import's preview flags it.
            Map<String, String> names =
                    members.stream().collect(Collectors.toMap(NewCollectivity::code, NewCollectivity::name));
            result.writtenNames().forEach((code, written) -> {
                String name = names.get(code);
                if (name != null && !CollectivityNames.same(written, name)) {
                    spec.commandLine()
                            .getOut()
                            .println("Attention : le fichier nomme « " + written + " » la collectivité de code " + code
                                    + ", qui est " + name + " : vérifiez le code ou le nom.");
                }
            });
            spec.commandLine().getOut().println(result.responses().size() + " réponses valides.");
            return 0;
        }
    }

    /** The options both commands take: the questionnaires and the territory. */
    static final class Inputs {
        @Option(
                names = "--themes",
                defaultValue = "infrastructure",
                description = "Thèmes, ex. infrastructure:2,telecom")
        String themes;

        @Option(names = "--territory", required = true, description = "CSV code,name,kind,population")
        Path territory;
    }

    static List<NewCollectivity> territory(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return TerritoryCsv.read(reader);
        } catch (TerritoryException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
