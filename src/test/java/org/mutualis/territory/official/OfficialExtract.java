package org.mutualis.territory.official;

import static org.mutualis.StudyCodes.EPCI_SIREN;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regenerates the committed extract {@code src/test/resources/territory/official/} (test data, not in the jar) from the full
 * {@code @etalab/decoupage-administratif} files, entries copied unchanged, one per line like the
 * originals. Not a test (its name does not end with Tests). Run from the project directory:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.mutualis.territory.official.OfficialExtract ../shared/data/territoire src/test/resources/territory/official
 * </pre>
 */
public final class OfficialExtract {

    /** Morlaix Communauté, then small EPCI of Finistère (one with a commune déléguée). */
    static final List<String> EPCI = List.of(EPCI_SIREN, "242900645", "242900629", "200067197");

    /** Loc-Eguiner (29128), outside Morlaix Communauté: a decoy for Loc-Eguiner-Saint-Thégonnec (29127). */
    static final Set<String> EXTRA_COMMUNES = Set.of("29128");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // Each array element is read as its own tree: the next element is not "trailing".
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private OfficialExtract() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "../shared/data/territoire");
        Path target = Path.of(args.length > 1 ? args[1] : "src/test/resources/territory/official");
        Files.createDirectories(target);
        List<JsonNode> epci = select(
                source.resolve("epci.json"), n -> EPCI.contains(n.path("code").asString()));
        Set<String> members = new HashSet<>(EXTRA_COMMUNES);
        epci.forEach(e -> e.path("membres")
                .values()
                .forEach(m -> members.add(m.path("code").asString())));
        List<JsonNode> communes = select(
                source.resolve("communes.json"),
                n -> members.contains(n.path("code").asString())
                        || members.contains(n.path("chefLieu").asString("")));
        write(target.resolve("epci.json"), epci);
        write(target.resolve("communes.json"), communes);
        System.out.printf("%d EPCI, %d communes written to %s%n", epci.size(), communes.size(), target);
    }

    private static List<JsonNode> select(Path file, java.util.function.Predicate<JsonNode> keep) throws IOException {
        List<JsonNode> kept = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(file)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode node = MAPPER.readTree(parser);
                if (keep.test(node)) {
                    kept.add(node);
                }
            }
        }
        return kept;
    }

    private static void write(Path file, List<JsonNode> nodes) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int i = 0; i < nodes.size(); i++) {
                out.write(MAPPER.writeValueAsString(nodes.get(i)));
                out.write(i < nodes.size() - 1 ? ",\n" : "\n");
            }
            out.write("]\n");
        }
    }
}
