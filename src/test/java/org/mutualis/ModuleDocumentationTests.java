package org.mutualis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagrams into {@code docs/modules/} (committed; see docs/architecture.md): the
 * overview {@code components.puml}, one {@code module-*.puml} and one canvas {@code module-*.adoc}
 * per module. The folder is emptied first, so a renamed or removed module leaves nothing behind.
 */
class ModuleDocumentationTests {

    static final Path FOLDER = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(MutualisApplication.class);

    @Test
    void writesTheModuleDiagramsIntoDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(FOLDER.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> diagrams = Files.list(FOLDER)) {
            for (Path diagram :
                    diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                stabilise(diagram);
            }
        }

        Path overview = FOLDER.resolve("components.puml");
        assertThat(overview).exists();
        String diagram = Files.readString(overview, StandardCharsets.UTF_8);
        assertThat(modules.stream().map(ApplicationModule::getDisplayName))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(diagram).contains(name));
    }

    /**
     * The Documenter lists components and relations in no fixed order: each run of them is sorted,
     * so that an unchanged architecture leaves the committed files unchanged.
     */
    private static void stabilise(Path diagram) throws IOException {
        List<String> lines = Files.readAllLines(diagram, StandardCharsets.UTF_8);
        List<String> stable = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.strip().startsWith("Rel(") || line.strip().startsWith("Component(")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            stable.addAll(run);
            run.clear();
            stable.add(line);
        }
        run.sort(null);
        stable.addAll(run);
        Files.write(diagram, stable, StandardCharsets.UTF_8);
    }
}
