package org.mutualis.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file: UTF-8 with or without BOM (Windows-1252 as a fallback, as French Excel saves
 * "CSV (séparateur : point-virgule)"), comma, semicolon or tab delimiter detected from the header.
 */
public final class CsvGridReader {

    private CsvGridReader() {}

    public static SheetGrid read(InputStream in, GridLimits limits, String sheetName) throws SpreadsheetException {
        String text = decode(Uploads.readAll(in, limits.maxBytes()));
        CSVFormat format =
                CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).get();
        GridBuilder grid = new GridBuilder(limits);
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            for (CSVRecord record : parser) {
                int number = Math.toIntExact(Math.min(record.getRecordNumber(), Integer.MAX_VALUE));
                for (String value : record) {
                    grid.cell(value, 1);
                }
                grid.endRow(number, 1);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new SpreadsheetException(e, "spreadsheet.csv.malformed");
        }
        return grid.build(sheetName);
    }

    private static String decode(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }

    /** The most frequent of {@code ;}, {@code ,} and tab outside quotes on the first line. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
