package org.mutualis.inventory.domain.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.inventory.domain.formats.Fixtures.bytes;
import static org.mutualis.inventory.domain.formats.Fixtures.utf8;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.Software;
import org.mutualis.shared.error.RejectedException;

/**
 * The streaming reader of GLPI Agent JSON ({@link JsonMessages}, {@link JsonValue}) says exactly
 * what Jackson's tree said ({@link TreeJsonMessages}, the reader it replaced): the same report, or
 * the same refusal with the same line and column, for the agents' real documents, for random
 * documents (unknown keys, a key twice, nested arrays, numbers in every notation, partial
 * inventories, sections of the wrong type) and for the same broken (cut, a byte changed, Latin-1,
 * something after the end).
 */
class JsonStreamingTests {

    private static final List<String> FIXTURES =
            List.of("glpi-agent-windows10-laptop.json", "glpi-agent-partial.json", "glpi-agent-contact.json");

    @Example
    void theFixturesReadTheSameAsWithTheTree() {
        for (String name : FIXTURES) {
            assertSame(bytes(name));
        }
    }

    @Example
    void unknownKeysAndSectionsAreSkippedWhateverTheyHold() {
        InventoryReport report =
                inventory("{\"deviceid\":\"pc-1\",\"unknown\":{\"a\":[1,[2,{\"b\":null}]],\"c\":\"d\"},"
                        + "\"content\":{\"cpus\":[{\"name\":\"i5\",\"core\":4}],\"hardware\":{\"name\":\"PC-1\",\"dns\":[\"1.1.1.1\"]},"
                        + "\"softwares\":[{\"name\":\"Firefox\",\"guid\":{\"x\":[1,2]},\"version\":\"132\"}]}}");
        assertThat(report.name()).isEqualTo("PC-1");
        assertThat(report.software()).containsExactly(new Software("Firefox", "132", null, null));
    }

    @Example
    void theLastOfTwoEqualKeysWinsAsInTheTree() {
        InventoryReport report = inventory(
                "{\"deviceid\":\"a\",\"deviceid\":\"b\",\"content\":{\"hardware\":{\"name\":\"x\",\"name\":{\"y\":1}}}}");
        assertThat(report.deviceId()).isEqualTo("b");
        assertThat(report.name()).isNull();
    }

    @Example
    void nestedArraysAndScalarsInPlaceOfSectionsAreNoSections() {
        InventoryReport report = inventory(
                "{\"deviceid\":\"a\",\"content\":{\"hardware\":[[{\"name\":\"in\"}]],"
                        + "\"bios\":\"none\",\"softwares\":[[{\"name\":\"in\"}],\"x\",{\"name\":\"kept\"}],\"monitors\":{\"name\":\"one\"}}}");
        assertThat(report.name()).isNull();
        assertThat(report.software()).extracting(Software::name).containsExactly("kept");
        assertThat(report.monitors()).hasSize(1);
    }

    @Example
    void numbersReadAsTheTreeWroteThem() {
        InventoryReport report = inventory(
                "{\"deviceid\":12345678901234567890123,\"content\":{\"hardware\":{\"name\":1.0e3,\"memory\":16228.0}}}");
        assertThat(report.deviceId()).isEqualTo("12345678901234567890123");
        assertThat(report.name()).isEqualTo("1000.0");
        assertThat(report.memoryMb()).isEqualTo(16228);
    }

    @Example
    void aPartialInventoryCarriesOnlyItsSectionsAsWithTheTree() {
        for (String partial : new String[] {"true", "\"TRUE\"", "\"true\"", "false", "1", "null", "{}"}) {
            assertSame(utf8("{\"deviceid\":\"a\",\"partial\":" + partial
                    + ",\"content\":{\"softwares\":[{\"name\":\"s\"}],\"monitors\":[]}}"));
        }
    }

    @Example
    void malformedJsonStillSaysItsLineAndColumnAndAnythingAfterTheEndIsRefused() {
        RejectedException e =
                refusal("{\n  \"deviceid\": \"a\",\n  \"content\": {\"softwares\": [{\"name\": \"x\",]}\n}");
        assertThat(e.code()).isEqualTo("inventory.json.malformed");
        assertThat(e.args()[0]).isEqualTo(3);
        assertThat(((FormatRejection) e).where()).startsWith("line 3 column ");
        assertThat(refusal("{\"deviceid\":\"a\",\"content\":{}} {\"b\":1}").code())
                .isEqualTo("inventory.json.malformed");
        assertSame(utf8("{\"deviceid\":\"a\",\"content\":{}} x"));
        assertSame(utf8("{\"deviceid\":\"a\",\"content\":{}}\n  "));
    }

    @Example
    void aLatin1BodyReadsAsLatin1AsBefore() {
        byte[] latin1 = "{\"deviceid\":\"é\",\"content\":{\"hardware\":{\"name\":\"Poste accueil é\"},\"x\":\"à\"}}"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(inventory(latin1).name()).isEqualTo("Poste accueil é");
        assertSame(latin1);
    }

    @Property(tries = 400)
    void randomDocumentsReadTheSameAsWithTheTree(@ForAll long seed) {
        Random random = new Random(seed);
        assertSame(utf8(new Documents(random).message()));
    }

    @Property(tries = 600)
    void brokenDocumentsAreRefusedOrReadTheSameAsWithTheTree(@ForAll long seed) {
        Random random = new Random(seed);
        byte[] document = random.nextInt(3) == 0
                ? bytes(FIXTURES.get(random.nextInt(FIXTURES.size())))
                : utf8(new Documents(random).message());
        assertSame(broken(document, random));
    }

    private static byte[] broken(byte[] document, Random random) {
        byte[][] inserts = {
            {(byte) 0xFF},
            {(byte) 0xC3},
            {(byte) 0xE9},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF},
            {'}'},
            {']'},
            {','},
            {'"'},
            {1},
            {'\n'},
            {'x'},
            {'{'},
            {'\\'},
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}
        };
        var out = new ByteArrayOutputStream();
        switch (random.nextInt(5)) {
            case 0 -> out.write(document, 0, 1 + random.nextInt(document.length - 1)); // cut
            case 1 -> { // a byte changed
                byte[] copy = document.clone();
                copy[1 + random.nextInt(copy.length - 1)] = inserts[random.nextInt(inserts.length)][0];
                out.writeBytes(copy);
            }
            case 2 -> { // bytes inserted
                int at = 1 + random.nextInt(document.length - 1);
                out.write(document, 0, at);
                out.writeBytes(inserts[random.nextInt(inserts.length)]);
                out.write(document, at, document.length - at);
            }
            case 3 -> { // something after the end
                out.writeBytes(document);
                out.writeBytes(
                        utf8(new String[] {" x", " {}", "\n\n", " []", " 1", "}", " /* c */"}[random.nextInt(7)]));
            }
            default ->
                out.writeBytes(new String(document, StandardCharsets.UTF_8)
                        .getBytes(StandardCharsets.ISO_8859_1)); // Latin-1 (unmappable characters become '?')
        }
        return out.toByteArray();
    }

    /** The outcome of both readers: the message, or the refusal with its code, arguments and place. */
    private static void assertSame(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        Object tree = outcome(() -> {
            int start = BodyText.start(body);
            return start < body.length && body[start] == '{'
                    ? TreeJsonMessages.read(body, start)
                    : AgentMessages.read(body);
        });
        Object streamed = outcome(() -> AgentMessages.read(body));
        assertThat(streamed).as("the body %s", text).isEqualTo(tree);
    }

    private static Object outcome(java.util.function.Supplier<AgentMessage> read) {
        try {
            return read.get();
        } catch (RejectedException e) {
            return List.of(
                    e.getClass().getSimpleName(),
                    e.code(),
                    Arrays.asList(e.args()),
                    e instanceof FormatRejection f ? String.valueOf(f.where()) : "");
        }
    }

    private static InventoryReport inventory(String json) {
        return inventory(utf8(json));
    }

    private static InventoryReport inventory(byte[] body) {
        assertSame(body);
        return ((AgentMessage.Inventory) AgentMessages.read(body)).report();
    }

    private static RejectedException refusal(String json) {
        assertSame(utf8(json));
        return (RejectedException) org.assertj.core.api.Assertions.catchThrowable(() -> AgentMessages.read(utf8(json)));
    }

    /** Random GLPI-like messages: the keys the reader keeps, others, in every type, sometimes twice. */
    private static final class Documents {

        private static final String[] KEYS = {
            "action",
            "deviceid",
            "tag",
            "itemtype",
            "partial",
            "enabled-tasks",
            "content",
            "versionclient",
            "hardware",
            "bios",
            "operatingsystem",
            "accesslog",
            "softwares",
            "monitors",
            "licenseinfos",
            "name",
            "chassis_type",
            "uuid",
            "vmsystem",
            "memory",
            "osname",
            "osversion",
            "oscomments",
            "arch",
            "archname",
            "type",
            "smanufacturer",
            "mmanufacturer",
            "smodel",
            "mmodel",
            "ssn",
            "bdate",
            "full_name",
            "version",
            "kernel_name",
            "kernel_version",
            "service_pack",
            "install_date",
            "installdate",
            "logdate",
            "publisher",
            "manufacturer",
            "caption",
            "serial",
            "altserial",
            "fullname",
            "cpus",
            "guid",
            "Name",
            "SOFTWARES",
            ""
        };

        private static final String[] TEXTS = {
            "",
            "  ",
            "Windows",
            "Microsoft Windows 10 Professionnel",
            "2024-03-15",
            "2024-03-15 10:00:00",
            "15/03/2024",
            "03/15/2024",
            "20240315",
            "0000-00-00",
            "inventory",
            "contact",
            "INVENTORY",
            "Computer",
            "Printer",
            "true",
            "TRUE",
            "Notebook",
            "To be filled by O.E.M.",
            "5Q7GN73",
            "tab\there",
            "line\nbreak",
            "quote \" and \\ backslash",
            "é à ç",
            "日本語",
            "😀 emoji",
            "\u0001control",
            "16228",
            "16 GB",
            "x".repeat(300),
            "\u00a0nbsp\u00a0"
        };

        private final Random random;

        Documents(Random random) {
            this.random = random;
        }

        String message() {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            int fields = random.nextInt(8);
            if (random.nextInt(4) > 0) {
                first = field(
                        out,
                        first,
                        "action",
                        random.nextInt(5) == 0
                                ? value(0)
                                : quoted(pick(
                                        new String[] {"inventory", "contact", "INVENTORY", "netdiscovery", "prolog"})));
            }
            if (random.nextInt(8) > 0) {
                first = field(
                        out, first, "deviceid", random.nextInt(6) == 0 ? value(0) : quoted("pc-" + random.nextInt(99)));
            }
            if (random.nextInt(3) == 0) {
                first = field(out, first, "partial", pick(new String[] {"true", "false", "\"true\"", "1", "null"}));
            }
            if (random.nextInt(5) > 0) {
                first = field(out, first, "content", random.nextInt(8) == 0 ? value(0) : content());
            }
            for (int i = 0; i < fields; i++) {
                first = field(out, first, pick(KEYS), value(0));
            }
            return out.append(space()).append('}').toString();
        }

        private String content() {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (String section : new String[] {"hardware", "bios", "operatingsystem", "accesslog"}) {
                if (random.nextInt(3) > 0) {
                    first = field(out, first, section, random.nextInt(6) == 0 ? value(1) : object(1, 6));
                }
            }
            for (String list : new String[] {"softwares", "monitors", "licenseinfos"}) {
                if (random.nextInt(3) > 0) {
                    StringBuilder items = new StringBuilder("[");
                    int n = random.nextInt(6);
                    for (int i = 0; i < n; i++) {
                        items.append(i == 0 ? "" : ",").append(random.nextInt(6) == 0 ? value(2) : object(2, 5));
                    }
                    first = field(
                            out,
                            first,
                            list,
                            random.nextInt(8) == 0
                                    ? value(1)
                                    : items.append(']').toString());
                }
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                first = field(out, first, pick(KEYS), value(1));
            }
            return out.append('}').toString();
        }

        private String object(int depth, int fields) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (int i = random.nextInt(fields + 1); i > 0; i--) {
                first = field(out, first, pick(KEYS), random.nextInt(3) == 0 ? value(depth + 1) : quoted(pick(TEXTS)));
            }
            return out.append('}').toString();
        }

        private String value(int depth) {
            int kind = random.nextInt(depth > 3 ? 6 : 9);
            switch (kind) {
                case 0:
                    return quoted(pick(TEXTS));
                case 1:
                    return pick(new String[] {
                        "0",
                        "-0",
                        "42",
                        "-7",
                        "2147483648",
                        "12345678901234567890123",
                        "1.5",
                        "1.0e3",
                        "16228.0",
                        "-0.0",
                        "1E-7",
                        "1e400",
                        "0.1"
                    });
                case 2:
                    return pick(new String[] {"true", "false"});
                case 3:
                    return "null";
                case 4:
                case 5:
                    return quoted(pick(TEXTS));
                case 6:
                    return object(depth, 4);
                default:
                    StringBuilder out = new StringBuilder("[");
                    for (int i = random.nextInt(4); i > 0; i--) {
                        out.append(out.length() > 1 ? "," : "").append(value(depth + 1));
                    }
                    return out.append(']').toString();
            }
        }

        private boolean field(StringBuilder out, boolean first, String key, String value) {
            out.append(first ? "" : ",")
                    .append(space())
                    .append(quoted(key))
                    .append(':')
                    .append(space())
                    .append(value);
            return false;
        }

        private String space() {
            return pick(new String[] {"", "", "", " ", "\n  ", "\t"});
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private static String quoted(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }

    @Example
    void aKeyTheReaderDoesNotKeepIsAProgrammingErrorNotASilentNull() {
        JsonValue.Shape shape = JsonValue.Shape.of("name");
        JsonValue value = JsonValue.of(
                tools.jackson.databind.json.JsonMapper.builder().build().readTree("{\"name\":\"a\",\"other\":\"b\"}"),
                shape);
        assertThat(value.get("name", false).scalar()).isEqualTo("a");
        assertThatThrownBy(() -> value.get("other", false)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> value.get("name", true)).isInstanceOf(IllegalStateException.class);
    }
}
