package org.mutualis.inventory.domain.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.InventorySource;
import org.mutualis.inventory.domain.formats.JsonValue.Shape;
import org.mutualis.shared.error.RejectedException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GLPI Agent's native messages: CONTACT and inventory (JSON). Read with a streaming parser that
 * keeps only the keys below ({@link JsonValue}); ReportReader asking for a key they do not name is
 * a programming error, which the formats' tests meet at once.
 */
final class JsonMessages {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The keys of an inventory's {@code content} that {@link ReportReader} reads, section by section. */
    private static final Shape CONTENT = Shape.of("versionclient")
            .with(
                    "hardware",
                    Shape.of(
                            "name",
                            "chassis_type",
                            "uuid",
                            "vmsystem",
                            "memory",
                            "osname",
                            "osversion",
                            "oscomments",
                            "arch",
                            "archname"))
            .with("bios", Shape.of("type", "smanufacturer", "mmanufacturer", "smodel", "mmodel", "ssn", "bdate"))
            .with(
                    "operatingsystem",
                    Shape.of(
                            "name",
                            "full_name",
                            "version",
                            "kernel_name",
                            "kernel_version",
                            "arch",
                            "service_pack",
                            "install_date",
                            "installdate"))
            .with("accesslog", Shape.of("logdate"))
            .with("softwares", Shape.of("name", "version", "publisher", "install_date", "installdate"))
            .with("monitors", Shape.of("manufacturer", "caption", "name", "serial", "altserial"))
            .with("licenseinfos", Shape.of("fullname", "name"));

    /** The keys of a message. */
    private static final Shape MESSAGE = Shape.of("action", "deviceid", "tag", "itemtype", "partial", "enabled-tasks")
            .with("content", CONTENT);

    private JsonMessages() {}

    /**
     * Reads the bytes as UTF-8 straight away (Jackson's byte parser, streaming, no copy into a
     * String); a body that is not valid UTF-8 or not valid JSON is read again as text ({@link
     * BodyText}: Latin-1 when not UTF-8), which says where it went wrong exactly as before.
     */
    static AgentMessage read(byte[] decoded, int start) {
        JsonValue root;
        try (JsonParser parser = MAPPER.createParser(decoded, start, decoded.length - start)) {
            root = JsonValue.read(parser, MESSAGE);
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
        return read(root == null ? null : JsonValue.of(root, MESSAGE));
    }

    private static AgentMessage read(@Nullable JsonValue root) {
        if (root == null || !root.isObject()) {
            throw new RejectedException("inventory.json.notObject");
        }
        JsonSection message = new JsonSection(root);
        String action = message.text("action");
        String deviceId = message.text("deviceid");
        String actionName = action == null ? "" : action.toLowerCase(Locale.ROOT);
        JsonValue content = root.get("content", true);
        boolean inventory = actionName.equals("inventory") || (action == null && content != null);
        if (!inventory && !actionName.equals("contact")) {
            throw new RejectedException("inventory.message.unsupportedAction", action == null ? "?" : action);
        }
        if (deviceId == null) {
            throw new RejectedException("inventory.message.noDeviceId");
        }
        String tag = message.text("tag");
        if (!inventory) {
            return new AgentMessage.Contact(deviceId, tag, strings(root.get("enabled-tasks", false)));
        }
        String itemtype = message.text("itemtype");
        if (itemtype != null && !itemtype.equalsIgnoreCase("Computer")) {
            throw new RejectedException("inventory.message.notComputer", itemtype);
        }
        if (content == null || !content.isObject()) {
            throw new RejectedException("inventory.message.noContent");
        }
        JsonValue partial = root.get("partial", false);
        // A boolean's text is « true » or « false »: the same test for both.
        boolean isPartial = partial != null && "true".equalsIgnoreCase(partial.scalar());
        return new AgentMessage.Inventory(
                ReportReader.read(InventorySource.GLPI_JSON, deviceId, tag, isPartial, new JsonSection(content)));
    }

    private static String detail(JacksonException e) {
        String message = e.getOriginalMessage();
        String cleaned = Values.clean(message == null ? e.getClass().getSimpleName() : message, 200);
        return cleaned == null ? "?" : cleaned;
    }

    private static List<String> strings(@Nullable JsonValue node) {
        List<String> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        for (JsonValue item : node.values()) {
            String text = Values.clean(item.scalar(), 64);
            if (text != null && list.size() < 64) {
                list.add(text);
            }
        }
        return list;
    }

    /** A JSON object of the inventory. */
    private static final class JsonSection implements Section {

        private final JsonValue node;

        JsonSection(JsonValue node) {
            this.node = node;
        }

        @Override
        public @Nullable String text(String... keys) {
            for (String key : keys) {
                JsonValue value = node.get(key, false);
                String text = Values.clean(value == null ? null : value.scalar());
                if (text != null) {
                    return text;
                }
            }
            return null;
        }

        @Override
        public @Nullable Section child(String key) {
            JsonValue child = node.get(key, true);
            if (child != null && child.kind == JsonValue.Kind.ARRAY && !child.isEmptyArray()) {
                child = child.values().get(0);
            }
            return child != null && child.isObject() ? new JsonSection(child) : null;
        }

        @Override
        public List<Section> children(String key, int max) {
            JsonValue child = node.get(key, true);
            List<Section> list = new ArrayList<>();
            if (child == null) {
                return list;
            }
            for (JsonValue item : child.values()) {
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
