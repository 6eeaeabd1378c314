package org.mutualis.inventory.domain.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A JSON value as far as the inventory reads it: read from a streaming parser, keeping only the
 * keys a {@link Shape} names (their objects read with the shape of that key, everything else
 * skipped without being decoded), so a 56 KB inventory whose software entries have a dozen keys
 * each keeps four of them and builds no tree.
 *
 * <p>Read as Jackson's tree would read it: the last of two equal keys wins, a number reads as the
 * tree's number node writes it ({@code 1.0e3} gives {@code 1000.0}), the whole document is
 * tokenised (a syntax error anywhere, even in a skipped part, is an error), and nothing may follow
 * the root value.
 */
final class JsonValue {

    enum Kind {
        OBJECT,
        ARRAY,
        SCALAR,
        NULL
    }

    private static final JsonValue NULL = new JsonValue(Kind.NULL, null, null, null, null);

    /** An array inside an array: nothing reads into it. */
    private static final JsonValue SKIPPED_ARRAY = new JsonValue(Kind.ARRAY, null, null, null, List.of());

    /** The keys read of an object, and the shape of each key's objects (none: only its text is read). */
    static final class Shape {

        private final String[] keys;

        private final @Nullable Shape[] children;

        private final Map<String, Integer> index = new HashMap<>();

        private Shape(String[] keys, @Nullable Shape[] children) {
            this.keys = keys;
            this.children = children;
            for (int i = 0; i < keys.length; i++) {
                if (index.put(keys[i], i) != null) {
                    throw new IllegalArgumentException("key twice in a shape: " + keys[i]);
                }
            }
        }

        /** An object whose keys are read as texts. */
        static Shape of(String... keys) {
            return new Shape(keys.clone(), new Shape[keys.length]);
        }

        /** The same with the objects under {@code key} read with {@code shape}. */
        Shape with(String key, Shape shape) {
            String[] k = java.util.Arrays.copyOf(keys, keys.length + 1);
            Shape[] c = java.util.Arrays.copyOf(children, children.length + 1);
            k[keys.length] = key;
            c[keys.length] = shape;
            return new Shape(k, c);
        }

        int indexOf(String key) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }

        /** The position of a key the reader asks for; a key the shape does not name is a programming error. */
        int required(String key, boolean object) {
            int i = indexOf(key);
            if (i < 0 || (object && children[i] == null)) {
                throw new IllegalStateException("the streaming JSON reader does not keep « " + key + " »"
                        + (object ? " as an object" : "") + ": add it to its shape (JsonMessages)");
            }
            return i;
        }
    }

    final Kind kind;

    private final @Nullable String text;

    private final @Nullable Shape shape;

    private final @Nullable JsonValue[] fields;

    private final @Nullable List<JsonValue> items;

    private JsonValue(
            Kind kind,
            @Nullable String text,
            @Nullable Shape shape,
            @Nullable JsonValue @Nullable [] fields,
            @Nullable List<JsonValue> items) {
        this.kind = kind;
        this.text = text;
        this.shape = shape;
        this.fields = fields;
        this.items = items;
    }

    /**
     * The document's root value, the parser on its first token (not yet read).
     *
     * @throws tools.jackson.core.JacksonException for a syntax error anywhere, or anything after the
     *     root value
     */
    static JsonValue read(JsonParser parser, Shape shape) {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new StreamReadException(parser, "No content");
        }
        JsonValue root = value(parser, token, shape);
        if (parser.nextToken() != null) {
            throw new StreamReadException(parser, "Trailing token after the root value");
        }
        return root;
    }

    /** The same from Jackson's tree (a body read as text: Latin-1, or to say where it is malformed). */
    static JsonValue of(JsonNode node, @Nullable Shape shape) {
        if (node.isObject()) {
            if (shape == null) {
                return new JsonValue(Kind.OBJECT, null, null, new JsonValue[0], null);
            }
            JsonValue[] fields = new JsonValue[shape.keys.length];
            for (int i = 0; i < fields.length; i++) {
                JsonNode field = node.get(shape.keys[i]);
                fields[i] = field == null ? null : of(field, shape.children[i]);
            }
            return new JsonValue(Kind.OBJECT, null, shape, fields, null);
        }
        if (node.isArray()) {
            List<JsonValue> items = new ArrayList<>(node.size());
            for (JsonNode item : node.values()) {
                items.add(item.isArray() ? SKIPPED_ARRAY : of(item, shape));
            }
            return new JsonValue(Kind.ARRAY, null, null, null, items);
        }
        if (node.isNull() || !node.isValueNode()) {
            return NULL;
        }
        return scalar(node.asString());
    }

    private static JsonValue value(JsonParser parser, JsonToken token, @Nullable Shape shape) {
        switch (token) {
            case START_OBJECT:
                return object(parser, shape);
            case START_ARRAY:
                return array(parser, shape);
            case VALUE_STRING:
                return scalar(parser.getString());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return scalar(number(parser, token));
            case VALUE_TRUE:
                return scalar("true");
            case VALUE_FALSE:
                return scalar("false");
            case VALUE_NULL:
                return NULL;
            default:
                throw new StreamReadException(parser, "Unexpected token " + token);
        }
    }

    /** The digits as the tree's number node writes them (what {@link JsonNode#asString()} gives). */
    private static String number(JsonParser parser, JsonToken token) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return nodes.numberNode(parser.getDoubleValue()).asString();
        }
        switch (parser.getNumberType()) {
            case INT:
                return nodes.numberNode(parser.getIntValue()).asString();
            case LONG:
                return nodes.numberNode(parser.getLongValue()).asString();
            default:
                return nodes.numberNode(parser.getBigIntegerValue()).asString();
        }
    }

    private static JsonValue scalar(String text) {
        return new JsonValue(Kind.SCALAR, text, null, null, null);
    }

    private static JsonValue object(JsonParser parser, @Nullable Shape shape) {
        if (shape == null) {
            parser.skipChildren();
            return new JsonValue(Kind.OBJECT, null, null, new JsonValue[0], null);
        }
        JsonValue[] fields = new JsonValue[shape.keys.length];
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            int i = shape.indexOf(parser.currentName());
            token = parser.nextToken();
            if (i < 0) {
                parser.skipChildren(); // a scalar is left undecoded, an object or array is tokenised only
            } else {
                fields[i] = value(parser, token, shape.children[i]);
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new StreamReadException(parser, "Unexpected token " + token + " in an object");
        }
        return new JsonValue(Kind.OBJECT, null, shape, fields, null);
    }

    private static JsonValue array(JsonParser parser, @Nullable Shape shape) {
        List<JsonValue> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new StreamReadException(parser, "Unexpected end of content in an array");
            }
            if (token == JsonToken.START_ARRAY) {
                parser.skipChildren();
                items.add(SKIPPED_ARRAY);
            } else {
                items.add(value(parser, token, shape));
            }
        }
        return new JsonValue(Kind.ARRAY, null, null, null, items);
    }

    boolean isObject() {
        return kind == Kind.OBJECT;
    }

    /** The value of a key of this object (the shape must name it), or null when absent. */
    @Nullable
    JsonValue get(String key, boolean object) {
        if (kind != Kind.OBJECT || shape == null || fields == null) {
            return null;
        }
        return fields[shape.required(key, object)];
    }

    /** A scalar's text (a number's digits too); null for null, an object, an array. */
    @Nullable
    String scalar() {
        return text;
    }

    /** The items of an array, or the value itself. */
    List<JsonValue> values() {
        return kind == Kind.ARRAY && items != null ? items : List.of(this);
    }

    boolean isEmptyArray() {
        return kind == Kind.ARRAY && (items == null || items.isEmpty());
    }
}
