package org.mutualis.inventory.domain.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.inventory.domain.formats.Fixtures.bytes;
import static org.mutualis.inventory.domain.formats.Fixtures.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.InventorySection;
import org.mutualis.inventory.domain.InventorySource;
import org.mutualis.inventory.domain.OperatingSystem;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.spreadsheet.Bombs;

class InventoryFilesTests {

    private static final FileLimits LIMITS = new FileLimits(32L << 20, 100, 1000);

    @Example
    void aGlpiExportInEnglishGivesOneComputerPerLine() {
        List<InventoryReport> reports = InventoryFiles.read("glpi.csv", bytes("glpi-computers-en.csv"), LIMITS);

        assertThat(reports)
                .extracting(InventoryReport::deviceId)
                .containsExactly("PC-ACCUEIL", "SRV-FICHIERS", "PC-ELUS");
        InventoryReport first = reports.get(0);
        assertThat(first.source()).isEqualTo(InventorySource.GLPI_CSV);
        assertThat(first.name()).isEqualTo("PC-ACCUEIL");
        assertThat(first.tag()).isEqualTo("Root entity > Plouézoc'h");
        assertThat(first.serial()).isEqualTo("5Q7GN73");
        assertThat(first.manufacturer()).isEqualTo("Dell Inc.");
        assertThat(first.model())
                .as("GLPI writes a double quote as two single ones")
                .isEqualTo("Latitude 5410 14\"");
        assertThat(first.chassis()).isEqualTo("Laptop");
        assertThat(first.operatingSystem())
                .isEqualTo(new OperatingSystem(
                        "Microsoft Windows 10 Professionnel",
                        "Microsoft Windows 10 Professionnel",
                        "22H2",
                        null,
                        null,
                        null,
                        null,
                        null));
        assertThat(first.inventoriedAt()).isEqualTo(LocalDateTime.of(2026, 11, 28, 8, 41));
        assertThat(first.sections())
                .containsExactlyInAnyOrder(InventorySection.HARDWARE, InventorySection.OPERATING_SYSTEM);
        assertThat(first.software()).isEmpty();
        assertThat(reports.get(1).chassis()).isEqualTo("Rack Mount Chassis");
        assertThat(reports.get(1).operatingSystem().version()).isNull();
        assertThat(reports.get(2).serial()).isNull();
        assertThat(reports.get(2).inventoriedAt()).isNull();
    }

    @Example
    void aGlpiExportInFrenchIsReadWhateverTheCaseAndAccentsOfItsHeader() {
        List<InventoryReport> reports = InventoryFiles.read("GLPI.CSV", bytes("glpi-computers-fr.csv"), LIMITS);

        assertThat(reports).extracting(InventoryReport::deviceId).containsExactly("PORTABLE-ÉCOLE", "POSTE-BIBLIO");
        InventoryReport first = reports.get(0);
        assertThat(first.serial()).isEqualTo("5CD9154XYZ");
        assertThat(first.model()).isEqualTo("HP ProBook 450 G5");
        assertThat(first.manufacturer()).isEqualTo("HP");
        assertThat(first.chassis()).isEqualTo("Notebook");
        assertThat(first.operatingSystem().fullName()).isEqualTo("Microsoft Windows 10 Professionnel");
        assertThat(first.operatingSystem().version()).isEqualTo("22H2");
        assertThat(first.purchaseDate()).isEqualTo(LocalDate.of(2019, 9, 12));
        assertThat(first.tag()).isEqualTo("Entité racine > Morlaix");
        assertThat(reports.get(1).purchaseDate()).isEqualTo(LocalDate.of(2021, 4, 1));
    }

    @Example
    void aCommaSeparatedExportWithoutBomOrQuotesIsReadToo() {
        String csv = "Name,Serial number,Type,Unknown column\nPC-1,SN1,Desktop,whatever\r\nPC-2,,Laptop,\n";
        List<InventoryReport> reports = InventoryFiles.read("export.csv", utf8(csv), LIMITS);
        assertThat(reports).extracting(InventoryReport::deviceId).containsExactly("PC-1", "PC-2");
        assertThat(reports).extracting(InventoryReport::chassis).containsExactly("Desktop", "Laptop");
        assertThat(reports.get(0).operatingSystem()).isNull();
        assertThat(reports.get(0).sections()).containsExactly(InventorySection.HARDWARE);
    }

    @Example
    void aRepeatedNameIsToldApartByItsSerial() {
        String csv = "\"Name\";\"Serial number\";\n\"PC\";\"A1\";\n\"PC\";\"B2\";\n\"PC-3\";\"\";\n";
        assertThat(InventoryFiles.read("glpi.csv", utf8(csv), LIMITS))
                .extracting(InventoryReport::deviceId)
                .containsExactly("PC (A1)", "PC (B2)", "PC-3");
    }

    @Example
    void everyBadLineOfAnExportIsListedAndNothingIsTaken() {
        String csv =
                "\"Name\";\"Serial number\";\n\"PC-1\";\"A1\";\n\"\";\"B2\";\n\"PC\";\"\";\n\"PC\";\"C3\";\n\"  \";\"\";\n";
        RejectedException refusal = refusal("glpi.csv", utf8(csv));
        assertThat(refusal.problems())
                .containsExactly(
                        Problem.of("glpi.csv line 3", "inventory.csv.blankName"),
                        Problem.of("glpi.csv line 4", "inventory.csv.duplicateName", "PC"));
        assertThat(refusal.getMessage()).contains("glpi.csv").contains("2 problèmes");
    }

    @Example
    void anExportWithoutANameColumnIsRefused() {
        RejectedException refusal = refusal("glpi.csv", utf8("\"Serial number\";\"Type\";\n\"A1\";\"Laptop\";\n"));
        assertThat(refusal.problems()).containsExactly(Problem.of("glpi.csv line 1", "inventory.csv.noName"));
        assertThat(refusal("glpi.csv", utf8("")).problems())
                .containsExactly(Problem.of("glpi.csv", "inventory.csv.empty"));
        assertThat(refusal("glpi.csv", utf8("\"Name\";\n\"unclosed;\n")).problems())
                .extracting(Problem::code)
                .containsExactly("inventory.csv.malformed");
    }

    @Example
    void agentFilesAreReadByTheirExtension() {
        assertThat(InventoryFiles.read("pc.JSON", bytes("glpi-agent-windows10-laptop.json"), LIMITS))
                .extracting(InventoryReport::deviceId)
                .containsExactly("PC-MAIRIE-07-2023-02-14-09-12-44");
        assertThat(InventoryFiles.read("vm.ocs", bytes("ocsinventory-2.10-debian.ocs"), LIMITS))
                .singleElement()
                .extracting(InventoryReport::source)
                .isEqualTo(InventorySource.OCS_XML);
        assertThat(InventoryFiles.read("vm.xml", bytes("fusioninventory-2.6-debian.xml"), LIMITS))
                .hasSize(1);
        assertThat(refusal("contact.json", bytes("glpi-agent-contact.json")).problems())
                .containsExactly(Problem.of("contact.json", "inventory.file.notInventory"));
        assertThat(refusal("notes.txt", utf8("hello")).problems())
                .containsExactly(Problem.of("notes.txt", "inventory.file.unknownKind"));
        assertThat(refusal("pc.json", bytes("fusioninventory-windows-fr.xml")).problems())
                .containsExactly(Problem.of("pc.json", "inventory.file.notJson"));
    }

    @Example
    void aZipIsReadWholeWithItsFoldersAndMacCompanionsSkipped() {
        byte[] zip = zip(entries(
                "exports/",
                null,
                "exports/glpi.csv",
                bytes("glpi-computers-en.csv"),
                "agents/laptop.json",
                bytes("glpi-agent-windows10-laptop.json"),
                "agents/ecole.xml",
                bytes("fusioninventory-windows-fr.xml"),
                "__MACOSX/agents/._ecole.xml",
                new byte[] {0, 5, 22, 7},
                "agents/vm.ocs",
                bytes("ocsinventory-2.10-debian.ocs")));
        List<InventoryReport> reports = InventoryFiles.read("parc.zip", zip, LIMITS);
        assertThat(reports)
                .extracting(InventoryReport::source)
                .containsExactly(
                        InventorySource.GLPI_CSV,
                        InventorySource.GLPI_CSV,
                        InventorySource.GLPI_CSV,
                        InventorySource.GLPI_JSON,
                        InventorySource.OCS_XML,
                        InventorySource.OCS_XML);
    }

    @Example
    void aZipWithBadEntriesListsEveryProblemOfEveryEntryAndGivesNothing() {
        byte[] zip = zip(entries(
                "good.json",
                bytes("glpi-agent-windows10-laptop.json"),
                "broken.xml",
                utf8("<REQUEST>\n<DEVICEID>a</DEVICEID>\n<QUERY>INVENTORY</QUERRY>\n</REQUEST>"),
                "../../etc/cron.d/evil.json",
                utf8("{\n\"deviceid\": \"x\",\n\"content\": {\"hardware\": }\n}"),
                "inner.zip",
                zip(entries("a.json", bytes("glpi-agent-partial.json"))),
                "glpi.csv",
                utf8("\"Name\";\"Type\";\n\"PC-1\";\"Laptop\";\n\"\";\"Desktop\";\n"),
                "switch.json",
                utf8("{\"deviceid\":\"sw\",\"itemtype\":\"NetworkEquipment\",\"content\":{}}"),
                "readme.txt",
                utf8("hello")));
        RejectedException refusal = refusal("parc.zip", zip);
        assertThat(refusal.code()).isEqualTo("inventory.file.refused");
        assertThat(refusal.problems())
                .extracting(Problem::field, Problem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("broken.xml line 3 column 19", "inventory.xml.malformed"),
                        org.assertj.core.groups.Tuple.tuple(
                                "../../etc/cron.d/evil.json line 3 column 25", "inventory.json.malformed"),
                        org.assertj.core.groups.Tuple.tuple("inner.zip", "inventory.zip.nested"),
                        org.assertj.core.groups.Tuple.tuple("glpi.csv line 3", "inventory.csv.blankName"),
                        org.assertj.core.groups.Tuple.tuple("switch.json", "inventory.message.notComputer"),
                        org.assertj.core.groups.Tuple.tuple("readme.txt", "inventory.file.unknownKind"));
    }

    @Example
    void aZipBombStopsAtTheLimit() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("zeros.json", new byte[256 << 20]); // 256 MiB of zeros, a quarter of a MiB once zipped
        byte[] bomb = zip(files);
        assertThat(bomb.length).isLessThan(1 << 20);
        FileLimits limits = new FileLimits(8L << 20, 100, 1000);
        long allocated = Bombs.allocatedBytes(() -> InventoryFiles.read("bomb.zip", bomb, limits));
        assertThat(refusal("bomb.zip", bomb, limits).problems())
                .containsExactly(Problem.of("bomb.zip", "inventory.file.tooLarge", 8L << 20));
        assertThat(allocated).isLessThan(64L << 20);
    }

    @Example
    void aZipWithTooManyEntriesStopsAtTheLimit() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            files.put("pc-" + i + ".json", bytes("glpi-agent-partial.json"));
        }
        assertThat(refusal("many.zip", zip(files), new FileLimits(32L << 20, 5, 1000))
                        .problems())
                .containsExactly(Problem.of("many.zip", "inventory.zip.tooManyEntries", 5));
        assertThat(refusal("many.zip", zip(files), new FileLimits(32L << 20, 100, 10))
                        .problems())
                .containsExactly(Problem.of("many.zip", "inventory.file.tooManyInventories", 10));
    }

    @Example
    void aFileOverTheLimitOrEmptyIsRefused() {
        assertThat(refusal("big.json", bytes("glpi-agent-windows10-laptop.json"), new FileLimits(100, 10, 10))
                        .problems())
                .containsExactly(Problem.of("big.json", "inventory.file.tooLarge", 100L));
        assertThat(refusal("empty.zip", zip(Map.of())).problems())
                .containsExactly(Problem.of("empty.zip", "inventory.zip.empty"));
        assertThat(refusal("broken.zip", utf8("PK not really a zip")).problems())
                .extracting(Problem::code)
                .containsAnyOf("inventory.zip.corrupt", "inventory.zip.empty");
    }

    @Property(tries = 300)
    void anyBytesUnderAnyNameAreReadOrRefusedNeverWorse(
            @ForAll("names") String name, @ForAll("contents") byte[] content) {
        try {
            assertThat(InventoryFiles.read(name, content, LIMITS)).isNotEmpty();
        } catch (RejectedException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("a.json", "a.xml", "a.ocs", "a.csv", "a.zip", "a.bin");
    }

    @Provide
    Arbitrary<byte[]> contents() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        Arbitrary<byte[]> csv = Arbitraries.strings()
                .withChars("\";,\n\r NameSerialTypé<br>")
                .ofMaxLength(200)
                .map(s -> utf8("\"Name\";\"Type\";\n" + s));
        Arbitrary<byte[]> damagedZip = Arbitraries.integers().between(0, 2000).map(n -> {
            byte[] whole =
                    zip(entries("a.csv", bytes("glpi-computers-fr.csv"), "b.json", bytes("glpi-agent-partial.json")));
            byte[] copy = whole.clone();
            copy[n % copy.length] ^= 0x5A;
            return copy;
        });
        return Arbitraries.oneOf(random, csv, damagedZip);
    }

    private static RejectedException refusal(String name, byte[] content) {
        return refusal(name, content, LIMITS);
    }

    private static RejectedException refusal(String name, byte[] content, FileLimits limits) {
        try {
            InventoryFiles.read(name, content, limits);
        } catch (RejectedException e) {
            return e;
        }
        throw new AssertionError("the file was not refused");
    }

    private static Map<String, byte[]> entries(Object... nameThenBytes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBytes.length; i += 2) {
            files.put((String) nameThenBytes[i], (byte[]) nameThenBytes[i + 1]);
        }
        return files;
    }

    /** A ZIP of those entries, in order; a name ending with / and no bytes is a folder. */
    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                if (file.getValue() != null) {
                    zip.write(file.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
