package org.mutualis.territory.official;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Token-level reading of a JSON array of flat objects. Cheaper than a tree per entry: nothing but
 * the asked-for scalar fields is ever materialised, which matters for the 37,000 communes.
 */
final class JsonEntries {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Consumes a nested array or object value; it must leave the parser on its closing token. */
    @FunctionalInterface
    interface Nested {
        void read(String field, JsonParser parser);
    }

    static final Nested SKIP = (field, parser) -> parser.skipChildren();

    private JsonEntries() {}

    /** Calls {@code entry} with the parser on each top-level object, until it returns false. */
    static void forEach(InputStream in, Predicate<JsonParser> entry) {
        try (in;
                JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new OfficialDataException("tableau JSON attendu en tête de fichier");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                if (!entry.test(parser)) {
                    return;
                }
            }
        } catch (IOException | JacksonException e) {
            throw new OfficialDataException("lecture impossible : " + e.getMessage(), e);
        }
    }

    /**
     * Reads the object the parser is on, up to its end: scalar fields as text (numbers too; JSON
     * null is left out), nested values handed to {@code nested}.
     */
    static Map<String, String> scalars(JsonParser parser, Nested nested) {
        Map<String, String> fields = new HashMap<>(16);
        String name;
        while ((name = parser.nextName()) != null) {
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
                nested.read(name, parser);
            } else if (value != JsonToken.VALUE_NULL) {
                fields.put(name, parser.getString());
            }
        }
        return fields;
    }
}
