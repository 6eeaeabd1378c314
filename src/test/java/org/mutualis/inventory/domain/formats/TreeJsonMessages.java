package org.mutualis.inventory.domain.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.InventorySource;
import org.mutualis.shared.error.RejectedException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tree reader of GLPI Agent JSON as it was before the streaming one ({@link JsonMessages}): the
 * reference the streaming reader must agree with, whatever the document ({@link JsonStreamingTests}).
 */
final class TreeJsonMessages {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private TreeJsonMessages() {}

    /**
     * Reads the bytes as UTF-8 straight away (Jackson's byte parser, no copy into a String); a body
     * that is not valid UTF-8 or not valid JSON is read again as text ({@link BodyText}: Latin-1
     * when not UTF-8), which says where it went wrong exactly as before.
     */
    static AgentMessage read(byte[] decoded, int start) {
        JsonNode root;
        try {
            root = MAPPER.readTree(decoded, start, decoded.length - start);
        } catch (JacksonException e) {
            return read(BodyText.text(decoded));
        }
        return read(root);
    }

    static AgentMessage read(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            int line = location == null ? 0 : Math.max(0, location.getLineNr());
            int column = location == null ? 0 : Math.max(0, location.getColumnNr());
            throw new FormatRejection(line, column, "inventory.json.malformed", line, column, detail(e));
        }
        return read(root);
    }

    private static AgentMessage read(@Nullable JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new RejectedException("inventory.json.notObject");
        }
        JsonSection message = new JsonSection(root);
        String action = message.text("action");
        String deviceId = message.text("deviceid");
        String actionName = action == null ? "" : action.toLowerCase(Locale.ROOT);
        boolean inventory = actionName.equals("inventory") || (action == null && root.has("content"));
        if (!inventory && !actionName.equals("contact")) {
            throw new RejectedException("inventory.message.unsupportedAction", action == null ? "?" : action);
        }
        if (deviceId == null) {
            throw new RejectedException("inventory.message.noDeviceId");
        }
        String tag = message.text("tag");
        if (!inventory) {
            return new AgentMessage.Contact(deviceId, tag, strings(root.get("enabled-tasks")));
        }
        String itemtype = message.text("itemtype");
        if (itemtype != null && !itemtype.equalsIgnoreCase("Computer")) {
            throw new RejectedException("inventory.message.notComputer", itemtype);
        }
        JsonNode content = root.get("content");
        if (content == null || !content.isObject()) {
            throw new RejectedException("inventory.message.noContent");
        }
        JsonNode partial = root.get("partial");
        boolean isPartial = partial != null
                && (partial.isBoolean() ? partial.booleanValue() : "true".equalsIgnoreCase(scalar(partial)));
        return new AgentMessage.Inventory(
                ReportReader.read(InventorySource.GLPI_JSON, deviceId, tag, isPartial, new JsonSection(content)));
    }

    private static String detail(JacksonException e) {
        String message = e.getOriginalMessage();
        String cleaned = Values.clean(message == null ? e.getClass().getSimpleName() : message, 200);
        return cleaned == null ? "?" : cleaned;
    }

    private static List<String> strings(@Nullable JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        Iterable<JsonNode> items = node.isArray() ? node.values() : List.of(node);
        for (JsonNode item : items) {
            String text = Values.clean(scalar(item), 64);
            if (text != null && list.size() < 64) {
                list.add(text);
            }
        }
        return list;
    }

    /** A scalar's text (a number's digits too); null for null, an object, an array. */
    static @Nullable String scalar(@Nullable JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        return node.asString();
    }

    /** A JSON object of the inventory. */
    private static final class JsonSection implements Section {

        private final JsonNode node;

        JsonSection(JsonNode node) {
            this.node = node;
        }

        @Override
        public @Nullable String text(String... keys) {
            for (String key : keys) {
                String value = Values.clean(scalar(node.get(key)));
                if (value != null) {
                    return value;
                }
            }
            return null;
        }

        @Override
        public @Nullable Section child(String key) {
            JsonNode child = node.get(key);
            if (child != null && child.isArray() && !child.isEmpty()) {
                child = child.get(0);
            }
            return child != null && child.isObject() ? new JsonSection(child) : null;
        }

        @Override
        public List<Section> children(String key, int max) {
            JsonNode child = node.get(key);
            List<Section> list = new ArrayList<>();
            if (child == null) {
                return list;
            }
            Iterable<JsonNode> items = child.isArray() ? child.values() : List.of(child);
            for (JsonNode item : items) {
                if (list.size() >= max) {
                    break;
                }
                if (item.isObject()) {
                    list.add(new JsonSection(item));
                }
            }
            return list;
        }
    }
}
