package org.mutualis.analysis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.SynthesisRequests;
import org.mutualis.analysis.domain.AnalysisUnit;
import org.mutualis.analysis.domain.Exclusion;
import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.analysis.domain.SynthesisEngine;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.BandSettings;
import org.mutualis.census.ImportedResponse;
import org.mutualis.census.files.AnswerFileReader;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.NewCollectivity;
import org.mutualis.territory.TerritoryCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar mutualis.jar analyse --territory t.csv --answers a.ods --format json}: the
 * synthesis of a census without the server. Exit code 0 on success, 2 when an input is refused
 * (every problem is printed on standard error, in French).
 */
@Command(
        name = "analyse",
        mixinStandardHelpOptions = true,
        description =
                "Synthèse d'un recensement (représentativité, totaux extrapolés, parts, moyennes, renouvellement).")
public final class AnalyseCommand implements Callable<Integer> {

    @Option(
            names = "--territory",
            required = true,
            description = "CSV code,name,kind,population (kind : commune | epci | other)")
    Path territory;

    @Option(
            names = "--answers",
            required = true,
            description = "Réponses en CSV, XLSX ou ODS (colonne code, puis une colonne par question)")
    Path answers;

    @Option(
            names = "--questionnaire",
            defaultValue = "infrastructure",
            description = "Thème du questionnaire (défaut : ${DEFAULT-VALUE})")
    String theme;

    @Option(
            names = "--questionnaire-version",
            defaultValue = "1",
            description = "Version du questionnaire (défaut : ${DEFAULT-VALUE})")
    int version;

    @Option(
            names = "--bands",
            defaultValue = "1000,5000",
            description = "Seuils de population des strates (défaut : ${DEFAULT-VALUE})")
    String bands;

    @Option(
            names = "--lifespans",
            defaultValue = "8,5,5",
            description = "Durée de vie par défaut de chaque strate, en années (défaut : ${DEFAULT-VALUE})")
    String lifespans;

    @Option(
            names = "--other-lifespan",
            defaultValue = "5",
            description = "Durée de vie par défaut de l'EPCI et des autres organismes (défaut : ${DEFAULT-VALUE})")
    BigDecimal otherLifespan;

    @Option(
            names = "--exclude",
            description =
                    "Exclusion code:indicateur:raison, répétable (ex. 29151:openoffice:\"PC aussi sous Office 2003\")")
    List<String> exclusions = new ArrayList<>();

    @Option(names = "--format", defaultValue = "json", description = "json ou csv (défaut : ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--output", description = "Fichier de sortie (défaut : sortie standard)")
    @Nullable
    Path output;

    private final PrintWriter err;
    private final OutputStream out;

    AnalyseCommand(OutputStream out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args, OutputStream out, PrintWriter err) {
        CommandLine line = new CommandLine(new AnalyseCommand(out, err));
        line.setErr(err);
        return line.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        try {
            // « Non renseigné » is not 0: what nobody answered is exported without a value.
            Synthesis synthesis = org.mutualis.analysis.domain.NotProvided.mark(synthesise());
            OutputStream target = output == null ? out : Files.newOutputStream(output);
            try {
                switch (format.toLowerCase(java.util.Locale.ROOT)) {
                    case "json" -> SynthesisJson.write(synthesis, target);
                    case "csv" -> SynthesisCsv.write(synthesis, target);
                    default -> throw new RejectedException("Format inconnu « " + format + " » : json ou csv.");
                }
            } finally {
                if (output != null) {
                    target.close();
                } else {
                    target.flush();
                }
            }
            return 0;
        } catch (RefusedInput e) {
            e.problems.forEach(err::println);
            err.flush();
            return 2;
        } catch (RejectedException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("Fichier introuvable : " + e.getFile());
            err.flush();
            return 2;
        }
    }

    Synthesis synthesise() throws IOException {
        Questionnaire questionnaire = Catalogue.load(theme, version);
        List<NewCollectivity> members;
        try (Reader reader = Files.newBufferedReader(territory, StandardCharsets.UTF_8)) {
            members = TerritoryCsv.read(reader);
        }
        List<AnalysisUnit> units = members.stream()
                .filter(m -> m.mergedIntoCode() == null)
                .map(m -> new AnalysisUnit(m.code(), m.name(), m.kind(), m.population()))
                .toList();
        Set<String> codes = units.stream().map(AnalysisUnit::code).collect(Collectors.toSet());
        AnswersImport imported;
        try (InputStream in = Files.newInputStream(answers)) {
            imported = AnswerFileReader.read(in, formatOf(answers), questionnaire, codes);
        }
        if (!imported.isOk()) {
            throw new RefusedInput(imported.problems().stream()
                    .map(org.mutualis.census.ImportProblem::describe)
                    .toList());
        }
        Map<String, Map<String, AnswerValue>> answersByCode = imported.responses().stream()
                .collect(Collectors.toMap(
                        ImportedResponse::collectivityCode,
                        ImportedResponse::answers,
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
        BandSettings bandSettings = BandSettings.parse(bands, lifespans, otherLifespan);
        return SynthesisEngine.synthesise(SynthesisRequests.of(
                questionnaire, units, answersByCode, bandSettings, exclusions(questionnaire, codes)));
    }

    private List<Exclusion> exclusions(Questionnaire questionnaire, Set<String> codes) {
        List<Exclusion> result = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String text : exclusions) {
            String[] parts = text.split(":", 3);
            if (parts.length < 2) {
                problems.add("Exclusion « " + text + " » : écrivez code:indicateur:raison.");
            } else if (!codes.contains(parts[0].strip())) {
                problems.add(
                        "Exclusion « " + text + " » : la collectivité " + parts[0] + " n'est pas dans le territoire.");
            } else if (questionnaire.indicator(parts[1].strip()).isEmpty()) {
                problems.add("Exclusion « " + text + " » : l'indicateur " + parts[1] + " n'existe pas.");
            } else {
                result.add(new Exclusion(
                        parts[0].strip(),
                        parts[1].strip(),
                        parts.length > 2 ? parts[2].strip() : "exclu en ligne de commande"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedInput(problems);
        }
        return result;
    }

    private static AnswerFileFormat formatOf(Path file) {
        try {
            return AnswerFileFormat.fromFileName(file.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new RejectedException("Fichier de réponses " + file + " : format non reconnu (.csv, .xlsx ou .ods).");
        }
    }

    /** Input refused with several problems, all printed. */
    private static final class RefusedInput extends RuntimeException {
        private final List<String> problems;

        RefusedInput(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = problems;
        }
    }
}
