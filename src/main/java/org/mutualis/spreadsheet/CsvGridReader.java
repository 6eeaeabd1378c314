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
import org.mutualis.shared.text.CsvCells;

/**
 * Reads a CSV file: UTF-8 with or without BOM (Windows-1252 as a fallback, as French Excel saves
 * "CSV (séparateur : point-virgule)"), UTF-16 with its BOM (Excel's "Texte Unicode") or without
 * (recognised by its zero bytes); comma, semicolon or tab delimiter detected from the header. A
 * text cell written neutralised by a Mutualis export ({@code '=…}, see {@link CsvCells}) is read
 * without its quote.
 */
public final class CsvGridReader {

    /** Fields of one line, empty ones included, before any is kept (Excel's 16 384 columns). */
    static final int MAX_FIELDS = 16_384;

    private CsvGridReader() {}

    public static SheetGrid read(InputStream in, GridLimits limits, String sheetName) throws SpreadsheetException {
        String text = decode(Uploads.readAll(in, limits.maxBytes()));
        char delimiter = delimiter(text);
        checkFields(text, delimiter, sheetName);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        GridBuilder grid = new GridBuilder(limits, sheetName);
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            for (CSVRecord record : parser) {
                grid.row(record.getRecordNumber());
                for (String value : record) {
                    grid.cell(CsvCells.restore(value), 1);
                }
                grid.endRow(1);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new SpreadsheetException(e, "spreadsheet.csv.malformed");
        }
        return grid.build();
    }

    static String decode(byte[] bytes) throws SpreadsheetException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        // Without a BOM, UTF-16 text of Latin letters has every other byte zero.
        if (bytes.length >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0) {
            return strict(bytes, 0, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0) {
            return strict(bytes, 0, StandardCharsets.UTF_16BE);
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return decoder(StandardCharsets.UTF_8, bytes, start);
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }

    private static String strict(byte[] bytes, int start, Charset charset) throws SpreadsheetException {
        try {
            return decoder(charset, bytes, start);
        } catch (CharacterCodingException e) {
            throw new SpreadsheetException(e, "spreadsheet.csv.utf16");
        }
    }

    private static String decoder(Charset charset, byte[] bytes, int start) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                .toString();
    }

    /**
     * Refuses a line of more than {@link #MAX_FIELDS} fields before the CSV parser builds it: 20 MB
     * of commas would otherwise be twenty million empty strings.
     */
    static void checkFields(String text, char delimiter, String sheetName) throws SpreadsheetException {
        boolean quoted = false;
        int fields = 1;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == delimiter) {
                if (++fields > MAX_FIELDS) {
                    throw SpreadsheetException.at(
                            sheetName, line, null, "spreadsheet.csv.fields", Uploads.grouped(MAX_FIELDS));
                }
            } else if (!quoted
                    && (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')))) {
                fields = 1;
                line++;
            }
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
