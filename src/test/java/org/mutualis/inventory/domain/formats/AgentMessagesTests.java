package org.mutualis.inventory.domain.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.inventory.domain.formats.Fixtures.bytes;
import static org.mutualis.inventory.domain.formats.Fixtures.utf8;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.InventorySection;
import org.mutualis.inventory.domain.InventorySource;
import org.mutualis.inventory.domain.Monitor;
import org.mutualis.inventory.domain.OperatingSystem;
import org.mutualis.inventory.domain.Software;
import org.mutualis.shared.error.RejectedException;

class AgentMessagesTests {

    @Example
    void aGlpiAgentInventoryOfAWindows10LaptopGivesItsHardwareSystemSoftwareAndScreens() {
        InventoryReport report = inventory(bytes("glpi-agent-windows10-laptop.json"));

        assertThat(report.source()).isEqualTo(InventorySource.GLPI_JSON);
        assertThat(report.deviceId()).isEqualTo("PC-MAIRIE-07-2023-02-14-09-12-44");
        assertThat(report.tag()).isEqualTo("commune-29151");
        assertThat(report.partial()).isFalse();
        assertThat(report.sections()).isEqualTo(EnumSet.allOf(InventorySection.class));
        assertThat(report.name()).isEqualTo("PC-MAIRIE-07");
        assertThat(report.serial()).isEqualTo("5Q7GN73");
        assertThat(report.uuid()).isEqualTo("4C4C4544-0051-3510-8047-B4C04F4E3733");
        assertThat(report.manufacturer()).isEqualTo("Dell Inc.");
        assertThat(report.model()).isEqualTo("Latitude 5410");
        assertThat(report.chassis()).isEqualTo("Laptop");
        assertThat(report.virtualSystem()).isEqualTo("Physical");
        assertThat(report.memoryMb()).isEqualTo(16228);
        assertThat(report.biosDate()).isEqualTo(LocalDate.of(2020, 6, 17));
        assertThat(report.operatingSystem())
                .isEqualTo(new OperatingSystem(
                        "Windows",
                        "Microsoft Windows 10 Professionnel",
                        "22H2",
                        "MSWin32",
                        "10.0.19045",
                        "64-bit",
                        null,
                        LocalDate.of(2021, 3, 2)));
        assertThat(report.software())
                .containsExactly(
                        new Software(
                                "Microsoft Office Professionnel Plus 2016",
                                "16.0.4266.1001",
                                "Microsoft Corporation",
                                LocalDate.of(2021, 3, 5)),
                        new Software("Mozilla Firefox (x64 fr)", "132.0.2", "Mozilla", LocalDate.of(2024, 11, 20)),
                        new Software("7-Zip 23.01 (x64)", "23.01", "Igor Pavlov", null),
                        new Software("Adobe Acrobat Reader (64-bit)", "24.004.20220", "Adobe", null));
        assertThat(report.monitors())
                .containsExactly(
                        new Monitor("Dell Inc.", "DELL P2419H", "CFV9N93B0L1S"),
                        new Monitor("Sharp Corporation", "Built-in display", null));
        assertThat(report.licences()).containsExactly("Microsoft Office Professionnel Plus 2016");
        assertThat(report.agentVersion()).isEqualTo("GLPI-Agent_v1.11");
        assertThat(report.inventoriedAt()).isEqualTo(LocalDateTime.of(2026, 11, 28, 8, 41, 3));
    }

    @Example
    void aPartialInventoryCarriesOnlyTheSectionsItSends() {
        InventoryReport report = inventory(bytes("glpi-agent-partial.json"));

        assertThat(report.partial()).isTrue();
        assertThat(report.sections()).containsExactlyInAnyOrder(InventorySection.HARDWARE, InventorySection.SOFTWARE);
        assertThat(report.operatingSystem()).isNull();
        assertThat(report.software()).extracting(Software::name).contains("LibreOffice 24.8.3.2");
        assertThat(report.serial()).isEqualTo("5Q7GN73");
    }

    @Example
    void aFullInventoryWithoutScreensStillSaysItHasNone() {
        InventoryReport report = inventory(
                utf8(
                        "{\"deviceid\":\"vm-1\",\"content\":{\"versionclient\":\"GLPI-Agent_v1.11\",\"hardware\":{\"name\":\"vm\"}}}"));
        assertThat(report.sections()).contains(InventorySection.MONITORS, InventorySection.SOFTWARE);
        assertThat(report.monitors()).isEmpty();
    }

    @Example
    void aContactGivesTheDeviceTheTagAndTheEnabledTasks() {
        AgentMessage message = AgentMessages.read(bytes("glpi-agent-contact.json"));
        assertThat(message)
                .isEqualTo(new AgentMessage.Contact(
                        "PC-MAIRIE-07-2023-02-14-09-12-44", "commune-29151", java.util.List.of("inventory", "deploy")));
    }

    @Example
    void otherItemTypesThanComputersAreRefusedSayingWhatTheyAre() {
        for (String itemtype : new String[] {"NetworkEquipment", "Printer", "Phone"}) {
            assertThatThrownBy(() ->
                            AgentMessages.read(utf8("{\"action\":\"inventory\",\"deviceid\":\"sw-1\",\"itemtype\":\""
                                    + itemtype + "\",\"content\":{\"versionclient\":\"x\"}}")))
                    .isInstanceOf(RejectedException.class)
                    .satisfies(e -> {
                        assertThat(((RejectedException) e).code()).isEqualTo("inventory.message.notComputer");
                        assertThat(e.getMessage()).contains(itemtype);
                    });
        }
    }

    @Example
    void aMessageWithoutADeviceIdIsRefused() {
        assertRefused(utf8("{\"action\":\"contact\",\"deviceid\":\"   \"}"), "inventory.message.noDeviceId");
        assertRefused(utf8("{\"content\":{\"hardware\":{}}}"), "inventory.message.noDeviceId");
        assertRefused(utf8("<REQUEST><QUERY>PROLOG</QUERY></REQUEST>"), "inventory.message.noDeviceId");
    }

    @Example
    void otherActionsAndQueriesAreRefusedNamingThem() {
        assertRefused(utf8("{\"action\":\"netdiscovery\",\"deviceid\":\"a\"}"), "inventory.message.unsupportedAction");
        assertRefused(
                utf8("<REQUEST><DEVICEID>a</DEVICEID><QUERY>SNMPQUERY</QUERY><CONTENT/></REQUEST>"),
                "inventory.message.unsupportedQuery");
        assertRefused(
                utf8("<REQUEST><DEVICEID>a</DEVICEID><QUERY>NETDISCOVERY</QUERY></REQUEST>"),
                "inventory.message.unsupportedQuery");
        assertRefused(utf8("<REPLY><RESPONSE>SEND</RESPONSE></REPLY>"), "inventory.xml.notRequest");
        assertRefused(utf8("   "), "inventory.message.empty");
        assertRefused(utf8("hello"), "inventory.message.unknownFormat");
        assertRefused(utf8("[1,2]"), "inventory.message.unknownFormat");
    }

    @Example
    void malformedJsonAndXmlAreRefusedWithTheirLineAndColumn() {
        RejectedException json = refusal(utf8("{\n  \"deviceid\": \"a\",\n  \"content\": {,}\n}"));
        assertThat(json.code()).isEqualTo("inventory.json.malformed");
        assertThat(json.args()[0]).isEqualTo(3);
        assertThat(json.getMessage()).contains("ligne 3, colonne");

        RejectedException xml = refusal(utf8("<REQUEST>\n<DEVICEID>a</DEVICEID>\n<QUERY>PROLOG</QUERYY>\n</REQUEST>"));
        assertThat(xml.code()).isEqualTo("inventory.xml.malformed");
        assertThat(xml.args()[0]).isEqualTo(3);
        assertThat(xml.getMessage()).contains("ligne 3, colonne");
    }

    @Example
    void aPrologGivesTheDeviceId() {
        String prolog =
                "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<REQUEST><DEVICEID>ci-host-2026-11-30-10-00-00</DEVICEID>"
                        + "<QUERY>PROLOG</QUERY><TOKEN>12345678</TOKEN></REQUEST>";
        assertThat(AgentMessages.read(utf8(prolog))).isEqualTo(new AgentMessage.Prolog("ci-host-2026-11-30-10-00-00"));
        assertThat(AgentMessages.read(utf8("\uFEFF\r\n  " + prolog)))
                .isEqualTo(new AgentMessage.Prolog("ci-host-2026-11-30-10-00-00"));
    }

    @Example
    void aFusionInventoryWindowsInventoryInFrenchGivesItsFields() {
        InventoryReport report = inventory(bytes("fusioninventory-windows-fr.xml"));

        assertThat(report.source()).isEqualTo(InventorySource.OCS_XML);
        assertThat(report.deviceId()).isEqualTo("PORTABLE-ECOLE-2019-05-02-11-40-00");
        assertThat(report.tag()).isEqualTo("commune-29103");
        assertThat(report.name()).isEqualTo("PORTABLE-ÉCOLE");
        assertThat(report.serial()).isEqualTo("5CD9154XYZ");
        assertThat(report.manufacturer()).isEqualTo("HP");
        assertThat(report.model()).isEqualTo("HP ProBook 450 G5");
        assertThat(report.chassis()).isEqualTo("Notebook");
        assertThat(report.memoryMb()).isEqualTo(8077);
        assertThat(report.biosDate())
                .as("FusionInventory writes BIOS dates month first")
                .isEqualTo(LocalDate.of(2019, 3, 15));
        assertThat(report.operatingSystem())
                .isEqualTo(new OperatingSystem(
                        "Windows",
                        "Microsoft Windows 10 Professionnel",
                        "2009",
                        "MSWin32",
                        "10.0.19045",
                        "64-bit",
                        null,
                        LocalDate.of(2019, 5, 2)));
        assertThat(report.software())
                .containsExactly(
                        new Software(
                                "Microsoft Office Famille et Petite Entreprise 2019 - fr-fr",
                                "16.0.10396.20023",
                                "Microsoft Corporation",
                                LocalDate.of(2023, 1, 25)),
                        new Software(
                                "Logiciel de gestion d’état civil — Épicéa",
                                "5.2",
                                "Éditeur Régional",
                                LocalDate.of(2024, 11, 7)),
                        new Software("Notepad++ (64-bit x64)", "8.6.9", null, null));
        assertThat(report.monitors()).containsExactly(new Monitor("Hewlett Packard", "HP E233", "CNC8341ABC"));
        assertThat(report.licences()).containsExactly("Microsoft Office Famille et Petite Entreprise 2019");
        assertThat(report.agentVersion()).isEqualTo("FusionInventory-Agent_v2.6");
        assertThat(report.inventoriedAt()).isEqualTo(LocalDateTime.of(2026, 11, 27, 17, 2, 11));
    }

    @Example
    void aLatin1BodyUnderAUtf8DeclarationIsReadAsLatin1() {
        InventoryReport report = inventory(bytes("fusioninventory-windows-fr-latin1.xml"));
        assertThat(report.name()).isEqualTo("PORTABLE-ÉCOLE");
        assertThat(report.software()).extracting(Software::publisher).contains("Éditeur Régional");
        InventoryReport declared = inventory(
                ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><REQUEST><DEVICEID>d</DEVICEID><QUERY>INVENTORY</QUERY>"
                                + "<CONTENT><HARDWARE><NAME>Mairie-Étage</NAME></HARDWARE></CONTENT></REQUEST>")
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(declared.name()).isEqualTo("Mairie-Étage");
    }

    @Example
    void theRealFusionInventoryAgentOfDebianIsRead() {
        InventoryReport report = inventory(bytes("fusioninventory-2.6-debian.xml"));
        assertThat(report.deviceId()).startsWith("vm-2026-11-30");
        assertThat(report.name()).isEqualTo("vm");
        assertThat(report.serial()).as("a container has no serial").isNull();
        assertThat(report.virtualSystem()).isEqualTo("Docker");
        assertThat(report.memoryMb()).isEqualTo(24105);
        assertThat(report.operatingSystem()).isNotNull();
        assertThat(report.operatingSystem().fullName()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
        assertThat(report.operatingSystem().version()).isEqualTo("12.11");
        assertThat(report.software()).hasSize(12).extracting(Software::name).contains("adduser");
        assertThat(report.agentVersion()).isEqualTo("FusionInventory-Inventory_v2.6-3");
        assertThat(report.inventoriedAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 4, 52, 46));
    }

    @Example
    void theRealOcsInventoryAgentOfDebianIsReadWithItsSystemInTheHardware() {
        InventoryReport report = inventory(bytes("ocsinventory-2.10-debian.ocs"));
        assertThat(report.deviceId()).startsWith("vm-2026-11-30");
        assertThat(report.name()).isEqualTo("vm");
        assertThat(report.serial()).isNull();
        assertThat(report.chassis()).isNull();
        assertThat(report.operatingSystem().name()).isEqualTo("Debian GNU/Linux 12");
        assertThat(report.operatingSystem().fullName()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
        assertThat(report.operatingSystem().version()).isEqualTo("12");
        assertThat(report.software())
                .hasSize(12)
                .first()
                .isEqualTo(new Software("adduser", "3.134", null, LocalDate.of(2025, 4, 20)));
    }

    @Example
    void theOcsAgentsBiosTypeIsTheChassisWhenTheHardwareHasNone() {
        InventoryReport report = inventory(utf8("<REQUEST><DEVICEID>pc-1</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT>"
                + "<BIOS><SSN>ABC123</SSN><TYPE>Notebook</TYPE><BDATE>not a date</BDATE></BIOS>"
                + "<HARDWARE><NAME>pc</NAME><OSNAME>Microsoft Windows 11 Professionnel</OSNAME>"
                + "<OSVERSION>10.0.22631</OSVERSION><OSCOMMENTS /></HARDWARE>"
                + "<ACCOUNTINFO><KEYNAME>OTHER</KEYNAME><KEYVALUE>x</KEYVALUE></ACCOUNTINFO>"
                + "<ACCOUNTINFO><KEYNAME>TAG</KEYNAME><KEYVALUE> mairie </KEYVALUE></ACCOUNTINFO>"
                + "</CONTENT></REQUEST>"));
        assertThat(report.chassis()).isEqualTo("Notebook");
        assertThat(report.biosDate()).isNull();
        assertThat(report.tag()).isEqualTo("mairie");
        assertThat(report.operatingSystem().fullName()).isEqualTo("Microsoft Windows 11 Professionnel");
        assertThat(report.operatingSystem().kernelVersion()).isEqualTo("10.0.22631");
    }

    @Example
    void anExternalEntityIsRefusedAndTheFileNeverRead() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE REQUEST [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<REQUEST><DEVICEID>&xxe;</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>";
        RejectedException refusal = refusal(utf8(xxe));
        assertThat(refusal.code()).isEqualTo("inventory.xml.doctype");
        assertThat(refusal.getMessage()).doesNotContain("root:");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE REQUEST SYSTEM \"http://127.0.0.1:1/evil.dtd\">"
                + "<REQUEST><DEVICEID>a</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>";
        assertThat(refusal(utf8(external)).code()).isEqualTo("inventory.xml.doctype");
    }

    @Example
    void aBillionLaughsIsRefusedAtOnce() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            String previous = i == 1 ? "lol" : "lol" + (i - 1);
            xml.append(("&" + previous + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<REQUEST><DEVICEID>&lol9;</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>");
        long started = System.nanoTime();
        assertThat(refusal(utf8(xml.toString())).code()).isEqualTo("inventory.xml.doctype");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3000);
    }

    @Example
    void aDeepNestingIsRefusedAsMalformed() {
        String deep = "<REQUEST><DEVICEID>a</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT>" + "<X>".repeat(5000)
                + "</X>".repeat(5000) + "</CONTENT></REQUEST>";
        assertThat(refusal(utf8(deep)).code()).isEqualTo("inventory.xml.malformed");
        String json = "{\"deviceid\":\"a\",\"content\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(refusal(utf8(json)).code()).isEqualTo("inventory.json.malformed");
    }

    @Example
    void valuesAreTrimmedAndCutAndListsBounded() {
        StringBuilder json = new StringBuilder("{\"deviceid\":\"  pc-1  \",\"content\":{\"hardware\":{\"name\":\"")
                .append("x".repeat(5000))
                .append("\",\"uuid\":\"\"},\"softwares\":[");
        for (int i = 0; i < 20_100; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\":\"s").append(i).append("\"}");
        }
        json.append("]}}");
        InventoryReport report = inventory(utf8(json.toString()));
        assertThat(report.deviceId()).isEqualTo("pc-1");
        assertThat(report.name()).hasSize(255);
        assertThat(report.uuid()).isNull();
        assertThat(report.software()).hasSize(20_000);
    }

    @Example
    void datesAreReadEachFieldItsOwnWayAndAnUnreadableOneIsLeftOut() {
        String xml = "<REQUEST><DEVICEID>pc</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT>"
                + "<BIOS><BDATE>12/31/2018</BDATE></BIOS>"
                + soft("a", "31/12/2020") + soft("b", "2021-02-03") + soft("c", "2021/02/03 10:00:00")
                + soft("d", "20220304") + soft("e", "0000-00-00") + soft("f", "1970-01-01") + soft("g", "13/13/2013")
                + "<ACCESSLOG><LOGDATE>hier</LOGDATE></ACCESSLOG></CONTENT></REQUEST>";
        InventoryReport report = inventory(utf8(xml));
        assertThat(report.biosDate()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(report.software())
                .extracting(Software::installDate)
                .containsExactly(
                        LocalDate.of(2020, 12, 31),
                        LocalDate.of(2021, 2, 3),
                        LocalDate.of(2021, 2, 3),
                        LocalDate.of(2022, 3, 4),
                        null,
                        null,
                        null);
        assertThat(report.inventoriedAt()).isNull();
    }

    @Property
    void anyBytesAreReadOrRefusedNeverWorse(@ForAll("bodies") byte[] body) {
        try {
            AgentMessage message = AgentMessages.read(body);
            assertThat(message.deviceId()).isNotBlank();
        } catch (RejectedException e) {
            assertThat(e.code()).startsWith("inventory.");
        }
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> jsonLike = Arbitraries.strings()
                .withChars("{}[]\":,0123 deviceidcontentactionhardwarebiosnamessn\\")
                .ofMaxLength(120)
                .map(s -> utf8("{\"deviceid\":\"d\",\"content\":{\"hardware\":" + s));
        Arbitrary<byte[]> xmlLike = Arbitraries.strings()
                .withChars("<>/&;!\"= REQUESTDEVICIDQUERYINVENTORYCONTENTHARDWARE")
                .ofMaxLength(120)
                .map(s -> utf8("<REQUEST><DEVICEID>d</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT>" + s));
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, 3000).map(n -> {
            byte[] whole = bytes("fusioninventory-windows-fr.xml");
            return java.util.Arrays.copyOf(whole, Math.min(n, whole.length));
        });
        return Arbitraries.oneOf(random, jsonLike, xmlLike, truncated);
    }

    @Property(tries = 50)
    void anyWellFormedScalarsMakeAnInventory(@ForAll @Size(max = 40) String name, @ForAll @Size(max = 40) String date) {
        String json = "{\"deviceid\":\"d\",\"content\":{\"hardware\":{\"name\":" + quoted(name) + ",\"memory\":"
                + quoted(date) + "},\"bios\":{\"bdate\":" + quoted(date) + "},\"softwares\":[{\"name\":" + quoted(name)
                + ",\"install_date\":" + quoted(date) + "}]}}";
        InventoryReport report = inventory(utf8(json));
        assertThat(report.deviceId()).isEqualTo("d");
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    private static String soft(String name, String date) {
        return "<SOFTWARES><NAME>" + name + "</NAME><INSTALLDATE>" + date + "</INSTALLDATE></SOFTWARES>";
    }

    private static InventoryReport inventory(byte[] body) {
        AgentMessage message = AgentMessages.read(body);
        assertThat(message).isInstanceOf(AgentMessage.Inventory.class);
        return ((AgentMessage.Inventory) message).report();
    }

    private static RejectedException refusal(byte[] body) {
        try {
            AgentMessages.read(body);
        } catch (RejectedException e) {
            return e;
        }
        throw new AssertionError("the body was not refused");
    }

    private static void assertRefused(byte[] body, String code) {
        assertThat(refusal(body).code()).isEqualTo(code);
    }
}
