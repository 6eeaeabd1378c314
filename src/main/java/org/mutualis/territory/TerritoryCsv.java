package org.mutualis.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.domain.Codes;

/**
 * Reads the collectivités of a territory from a CSV file with the header
 * {@code code,name,kind,population} (kind: commune, epci or other; population empty when unknown;
 * optional column {@code population_year}). Commas or semicolons, as spreadsheets export either.
 * Every error is a {@link TerritoryException} naming the line, for the person who wrote the file.
 */
public final class TerritoryCsv {

    public static final List<String> COLUMNS = List.of("code", "name", "kind", "population");

    private TerritoryCsv() {}

    public static List<NewCollectivity> read(Reader reader) {
        return read(reader, null);
    }

    /** @param populationYear the year of the populations, unless the file has a population_year column */
    public static List<NewCollectivity> read(Reader reader, @Nullable Integer populationYear) {
        try (BufferedReader in = new BufferedReader(reader)) {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter(in))
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(true)
                    .get();
            try (CSVParser parser =
                    CSVParser.builder().setReader(in).setFormat(format).get()) {
                checkHeader(parser.getHeaderNames());
                return records(parser, populationYear);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new TerritoryException(e, "territory.csv.unreadable");
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports malformed quoting and duplicate headers this way.
            throw new TerritoryException(e, "territory.csv.malformed");
        }
    }

    private static char delimiter(BufferedReader in) throws IOException {
        in.mark(8192);
        String first = in.readLine();
        in.reset();
        if (first == null || first.isBlank()) {
            throw new TerritoryException("territory.csv.empty", String.join(",", COLUMNS));
        }
        return first.contains(";") && !first.contains(",") ? ';' : ',';
    }

    private static void checkHeader(List<String> header) {
        for (String column : COLUMNS) {
            if (header.stream().map(TerritoryCsv::headerName).noneMatch(column::equals)) {
                throw new TerritoryException("territory.csv.header", column, String.join(",", COLUMNS));
            }
        }
    }

    private static List<NewCollectivity> records(CSVParser parser, @Nullable Integer defaultYear) {
        Map<String, String> columns = new HashMap<>();
        parser.getHeaderNames().forEach(h -> columns.put(headerName(h), h));
        List<NewCollectivity> result = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CSVRecord r : parser) {
            // The physical line a person sees in an editor, blank lines included.
            long line = parser.getCurrentLineNumber();
            String prefix = String.valueOf(line);
            NewCollectivity c = CsvLine.parse(r, columns, defaultYear, prefix);
            Long previous = seen.putIfAbsent(c.code(), line);
            if (previous != null) {
                throw new TerritoryException("territory.csv.twice", prefix, c.code(), String.valueOf(previous));
            }
            result.add(c);
        }
        if (result.isEmpty()) {
            throw new TerritoryException("territory.csv.none");
        }
        return List.copyOf(result);
    }

    /** Header cells compare without case, spaces or a spreadsheet's byte-order mark. */
    private static String headerName(String header) {
        return header.replace("\uFEFF", "").trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** One data line: the checks that need the line number to be useful. */
    private static final class CsvLine {

        static NewCollectivity parse(
                CSVRecord r, Map<String, String> columns, @Nullable Integer defaultYear, String prefix) {
            String code = Codes.clean(cell(r, columns, "code"));
            String name = cell(r, columns, "name").trim();
            String kindText = cell(r, columns, "kind");
            CollectivityKind kind;
            try {
                kind = CollectivityKind.parse(kindText);
            } catch (IllegalArgumentException e) {
                throw new TerritoryException("territory.csv.kind", prefix, kindText);
            }
            if (name.isEmpty()) {
                throw new TerritoryException("territory.csv.name", prefix, code);
            }
            if (kind == CollectivityKind.COMMUNE && !Codes.isInsee(code)) {
                throw new TerritoryException("territory.csv.insee", prefix, code, name);
            }
            if (kind != CollectivityKind.COMMUNE && !Codes.isSiren(code)) {
                throw new TerritoryException("territory.csv.siren", prefix, code, name);
            }
            Integer population = number(cell(r, columns, "population"), prefix, Text.of("territory.csv.population"));
            Integer year = columns.containsKey("population_year")
                    ? number(cell(r, columns, "population_year"), prefix, Text.of("territory.csv.populationYear"))
                    : defaultYear;
            String siren = kind == CollectivityKind.COMMUNE ? null : code;
            return new NewCollectivity(code, siren, name, kind, population, population == null ? null : year, null);
        }

        private static String cell(CSVRecord r, Map<String, String> columns, String column) {
            String header = columns.get(column);
            return header != null && r.isSet(header) ? r.get(header).trim() : "";
        }

        /** Empty is "unknown", not zero; spaces as thousands separators ("1 200") are accepted. */
        private static @Nullable Integer number(String text, String line, Text what) {
            String digits = text.replaceAll("[\\s\\u00A0\\u202F]", "");
            if (digits.isEmpty()) {
                return null;
            }
            if (!digits.matches("\\d{1,9}")) {
                throw new TerritoryException("territory.csv.number", line, what, text);
            }
            return Integer.valueOf(digits);
        }
    }
}
