package org.mutualis.inventory.domain.formats;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.InventorySection;
import org.mutualis.inventory.domain.InventorySource;
import org.mutualis.inventory.domain.OperatingSystem;
import org.mutualis.inventory.domain.formats.LenientDates.SlashOrder;
import org.mutualis.shared.error.Problem;

/**
 * A GLPI computers export (CSV), as GLPI 10 writes it: a UTF-8 BOM, {@code ;} between cells (or
 * {@code ,}, told by the header line), every cell in double quotes, a double quote inside a value
 * written {@code ''}, a delimiter at the end of each line, several values of one cell joined by
 * {@code <br>} (the first is kept). The header is read in English or French, whatever the case
 * and accents; unknown columns are ignored, the Name column is required.
 *
 * <p>Each line is one computer. Its device id is its GLPI name; when one name appears on several
 * lines of the file (GLPI allows it, across entities), each of those lines is told apart by its
 * serial, “PC-ACCUEIL (SN123)”, and a repeated name without a serial is a problem. The Entity
 * column becomes the report's tag (what GLPI's tag-to-entity rules are for); the Type column is
 * the chassis; “Operating System - Name” is both the OS name and full name (GLPI shows the full
 * name there, “Microsoft Windows 10 Professionnel”). The sections carried are the hardware, and
 * the operating system when a column of it is there: an export says nothing of software nor
 * screens.
 */
final class GlpiCsv {

    /** A column's meaning and the normalised header labels (English, French) that name it. */
    enum Column {
        NAME("name", "nom"),
        SERIAL("serial number", "numero de serie", "serial"),
        MANUFACTURER("manufacturer", "fabricant"),
        TYPE("type"),
        MODEL("model", "modele"),
        OS_NAME("operating system - name", "systeme d'exploitation - nom"),
        OS_VERSION("operating system - version", "systeme d'exploitation - version"),
        LAST_UPDATE("last update", "derniere modification", "derniere mise a jour"),
        ENTITY("entity", "entite"),
        INVENTORY_NUMBER("inventory number", "numero d'inventaire"),
        PURCHASE_DATE("purchase date", "date of purchase", "date d'achat");

        private final List<String> labels;

        Column(String... labels) {
            this.labels = List.of(labels);
        }
    }

    private GlpiCsv() {}

    /** The reports of the file's lines; the problems found added to {@code problems}. */
    static List<InventoryReport> read(String fileName, byte[] content, int maxInventories, List<Problem> problems) {
        String text = BodyText.text(content);
        int firstLineEnd = text.indexOf('\n');
        String header = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        if (header.isBlank()) {
            problems.add(Problem.of(fileName, "inventory.csv.empty"));
            return List.of();
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter(header))
                .setIgnoreEmptyLines(true)
                .get();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > maxInventories + 1) {
                    problems.add(Problem.of(fileName, "inventory.file.tooManyInventories", maxInventories));
                    return List.of();
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String detail = Values.clean(e.getMessage(), 200);
            problems.add(Problem.of(fileName, "inventory.csv.malformed", detail == null ? "?" : detail));
            return List.of();
        }
        Map<Column, Integer> columns = columns(records.get(0));
        if (!columns.containsKey(Column.NAME)) {
            problems.add(Problem.of(fileName + " line 1", "inventory.csv.noName"));
            return List.of();
        }
        Map<String, Integer> names = new HashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            String name = cell(record, columns, Column.NAME);
            if (name != null) {
                names.merge(name, 1, Integer::sum);
            }
        }
        List<InventoryReport> reports = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            String where = fileName + " line " + record.getRecordNumber();
            String name = cell(record, columns, Column.NAME);
            if (name == null) {
                if (!blankLine(record)) {
                    problems.add(Problem.of(where, "inventory.csv.blankName"));
                }
                continue;
            }
            String serial = ReportReader.serial(cell(record, columns, Column.SERIAL));
            String deviceId = name;
            if (names.getOrDefault(name, 0) > 1) {
                if (serial == null) {
                    problems.add(Problem.of(where, "inventory.csv.duplicateName", name));
                    continue;
                }
                deviceId = Values.clean(name + " (" + serial + ")");
            }
            reports.add(report(record, columns, deviceId, name, serial));
        }
        return reports;
    }

    private static InventoryReport report(
            CSVRecord record, Map<Column, Integer> columns, String deviceId, String name, @Nullable String serial) {
        String osName = cell(record, columns, Column.OS_NAME);
        String osVersion = cell(record, columns, Column.OS_VERSION);
        Set<InventorySection> sections = EnumSet.of(InventorySection.HARDWARE);
        if (columns.containsKey(Column.OS_NAME) || columns.containsKey(Column.OS_VERSION)) {
            sections.add(InventorySection.OPERATING_SYSTEM);
        }
        OperatingSystem os = osName == null && osVersion == null
                ? null
                : new OperatingSystem(osName, osName, osVersion, null, null, null, null, null);
        LocalDateTime lastUpdate = LenientDates.dateTime(cell(record, columns, Column.LAST_UPDATE));
        return new InventoryReport(
                InventorySource.GLPI_CSV,
                deviceId,
                cell(record, columns, Column.ENTITY),
                false,
                sections,
                name,
                serial,
                null,
                cell(record, columns, Column.MANUFACTURER),
                cell(record, columns, Column.MODEL),
                cell(record, columns, Column.TYPE),
                null,
                null,
                null,
                LenientDates.date(cell(record, columns, Column.PURCHASE_DATE), SlashOrder.DAY_FIRST),
                os,
                List.of(),
                List.of(),
                List.of(),
                null,
                lastUpdate);
    }

    /** The header's known columns, by their first occurrence. */
    static Map<Column, Integer> columns(CSVRecord header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String label = normalise(header.get(i));
            for (Column column : Column.values()) {
                if (!columns.containsKey(column) && matches(column, label)) {
                    columns.put(column, i);
                }
            }
        }
        return columns;
    }

    private static boolean matches(Column column, String label) {
        if (column.labels.contains(label)) {
            return true;
        }
        // The financial columns come with their group's name: "Financial and administrative information - Date of
        // purchase".
        int dash = label.lastIndexOf(" - ");
        return column == Column.PURCHASE_DATE && dash >= 0 && column.labels.contains(label.substring(dash + 3));
    }

    /** Lower case, no accents, one kind of apostrophe and of dash spacing, single spaces. */
    static String normalise(String label) {
        String text = Normalizer.normalize(label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\uFEFF', ' ')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s*-\\s*", " - ")
                .replaceAll("\\s+", " ")
                .strip();
        return text;
    }

    /** A cell's first value, its {@code ''} back to {@code “}, HTML entities GLPI may leave decoded. */
    private static @Nullable String cell(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        int br = value.toLowerCase(Locale.ROOT).indexOf("<br");
        if (br >= 0) {
            value = value.substring(0, br);
        }
        value = value.replace("''", "\"")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#039;", "'")
                .replace("&#39;", "'");
        return Values.clean(value);
    }

    private static boolean blankLine(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** {@code ;} unless the header line has more {@code ,} (or tabs) outside quotes. */
    static char delimiter(String header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (commas > semicolons && commas >= tabs) {
            return ',';
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return ';';
    }
}
