package org.mutualis.territory.official;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.territory.EpciChoice;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the JSON files of {@code @etalab/decoupage-administratif} (same shapes as the geo API).
 * The national files weigh 4 MB and 8.6 MB: they are streamed token by token and only the entries
 * asked for are kept, so memory stays flat whatever the file size. Plain Java, no Spring.
 */
public final class OfficialDataReader {

    private OfficialDataReader() {}

    /** Every EPCI of {@code epci.json}, members counted but not kept: enough to search and choose. */
    public static List<EpciChoice> readEpciChoices(InputStream epciJson) {
        List<EpciChoice> choices = new ArrayList<>(1300);
        JsonEntries.forEach(epciJson, parser -> {
            int[] count = {0};
            Map<String, String> f = JsonEntries.scalars(parser, (field, p) -> {
                if (field.equals("membres") && p.currentToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        count[0]++;
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            });
            choices.add(new EpciChoice(
                    required(f, "code"),
                    required(f, "nom"),
                    f.getOrDefault("type", ""),
                    count[0],
                    number(f, "populationMunicipale", 0L)));
            return true;
        });
        return choices;
    }

    /** The EPCI with this SIREN and its members; stops reading once found. */
    public static Optional<OfficialEpci> readEpci(InputStream epciJson, String siren) {
        OfficialEpci[] found = new OfficialEpci[1];
        JsonEntries.forEach(epciJson, parser -> {
            List<OfficialEpci.Member> members = new ArrayList<>();
            Map<String, String> f = JsonEntries.scalars(parser, (field, p) -> {
                if (field.equals("membres") && p.currentToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        members.add(member(JsonEntries.scalars(p, JsonEntries.SKIP)));
                    }
                } else {
                    p.skipChildren();
                }
            });
            if (!siren.equals(f.get("code"))) {
                return true;
            }
            found[0] = new OfficialEpci(
                    siren,
                    required(f, "nom"),
                    f.getOrDefault("type", ""),
                    number(f, "populationMunicipale", 0L),
                    List.copyOf(members));
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
        JsonEntries.forEach(communesJson, (JsonParser parser) -> {
            Map<String, String> f = JsonEntries.scalars(parser, JsonEntries.SKIP);
            String code = required(f, "code");
            String chefLieu = f.get("chefLieu");
            if (memberCodes.contains(code) || (chefLieu != null && memberCodes.contains(chefLieu))) {
                Long population = number(f, "population", null);
                kept.add(new OfficialCommune(
                        code,
                        required(f, "nom"),
                        f.getOrDefault("type", ""),
                        f.get("siren"),
                        population == null ? null : population.intValue(),
                        chefLieu));
            }
            return true;
        });
        return kept;
    }

    private static OfficialEpci.Member member(Map<String, String> f) {
        Long population = number(f, "populationMunicipale", null);
        return new OfficialEpci.Member(
                required(f, "code"),
                f.get("siren"),
                required(f, "nom"),
                population == null ? null : population.intValue());
    }

    private static String required(Map<String, String> fields, String field) {
        String value = fields.get(field);
        if (value == null || value.isBlank()) {
            throw new OfficialDataException("champ « " + field + " » manquant dans " + fields);
        }
        return value;
    }

    private static @Nullable Long number(Map<String, String> fields, String field, @Nullable Long absent) {
        String value = fields.get(field);
        try {
            return value == null ? absent : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new OfficialDataException("champ « " + field + " » non numérique : " + value, e);
        }
    }
}
