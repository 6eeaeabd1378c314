package org.mutualis.territory.official;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.mutualis.territory.EpciChoice;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON files of {@code @etalab/decoupage-administratif} (same shapes as the geo API).
 * The national files weigh 4 MB and 8.6 MB: they are streamed one entry at a time and only the
 * entries asked for are kept, so memory stays flat whatever the file size. Plain Java, no Spring.
 */
public final class OfficialDataReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // Each array element is read as its own tree: the next element is not "trailing".
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private OfficialDataReader() {}

    /** Every EPCI of {@code epci.json}, members counted but not kept: enough to search and choose. */
    public static List<EpciChoice> readEpciChoices(InputStream epciJson) {
        List<EpciChoice> choices = new ArrayList<>(1300);
        forEachEntry(epciJson, node -> {
            JsonNode members = node.path("membres");
            choices.add(new EpciChoice(required(node, "code"), required(node, "nom"), orEmpty(node, "type"),
                    members.isArray() ? members.size() : 0, longOrZero(node, "populationMunicipale")));
            return true;
        });
        return choices;
    }

    /** The EPCI with this SIREN and its members; stops reading once found. */
    public static Optional<OfficialEpci> readEpci(InputStream epciJson, String siren) {
        OfficialEpci[] found = new OfficialEpci[1];
        forEachEntry(epciJson, node -> {
            if (!siren.equals(text(node, "code"))) {
                return true;
            }
            List<OfficialEpci.Member> members = new ArrayList<>();
            for (JsonNode m : node.path("membres").values()) {
                members.add(new OfficialEpci.Member(required(m, "code"), text(m, "siren"), required(m, "nom"),
                        integer(m, "populationMunicipale")));
            }
            found[0] = new OfficialEpci(siren, required(node, "nom"), orEmpty(node, "type"),
                    longOrZero(node, "populationMunicipale"), List.copyOf(members));
            return false;
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * The current communes whose code is in {@code memberCodes}, and the communes déléguées or
     * associées whose chef-lieu is: the rest of the 37,000 entries is dropped as it is read.
     */
    public static List<OfficialCommune> readCommunes(InputStream communesJson, Set<String> memberCodes) {
        List<OfficialCommune> kept = new ArrayList<>();
        forEachEntry(communesJson, node -> {
            String code = required(node, "code");
            String chefLieu = text(node, "chefLieu");
            boolean wanted = memberCodes.contains(code) || (chefLieu != null && memberCodes.contains(chefLieu));
            if (wanted) {
                kept.add(new OfficialCommune(code, required(node, "nom"), orEmpty(node, "type"), text(node, "siren"),
                        integer(node, "population"), chefLieu));
            }
            return true;
        });
        return kept;
    }

    /** Calls {@code action} with each element of the top-level array until it returns false. */
    private static void forEachEntry(InputStream in, Predicate<JsonNode> action) {
        try (in; JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new OfficialDataException("tableau JSON attendu en tête de fichier");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                if (!action.test(MAPPER.readTree(parser))) {
                    return;
                }
            }
        } catch (java.io.IOException | tools.jackson.core.JacksonException e) {
            throw new OfficialDataException("lecture impossible : " + e.getMessage(), e);
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new OfficialDataException("champ « " + field + " » manquant dans " + node);
        }
        return value;
    }

    private static String orEmpty(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? "" : value;
    }

    private static @Nullable Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.intValue() : null;
    }

    private static long longOrZero(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.longValue() : 0L;
    }
}
