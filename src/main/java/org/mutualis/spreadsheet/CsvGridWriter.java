package org.mutualis.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mutualis.shared.text.CsvCells;

/**
 * Writes a sheet as RFC 4180 CSV in UTF-8, comma-separated, numbers with a decimal point. Text
 * cells that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab,
 * carriage return first) are written behind a single quote ({@link CsvCells#neutralise}); numbers
 * are written as numbers, {@code -12.5} included. {@link CsvGridReader} takes the quote off.
 */
public final class CsvGridWriter {

    private CsvGridWriter() {}

    public static void write(OutputStream out, SheetContent sheet) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        for (List<GridCell> row : sheet.rows()) {
            printer.printRecord(row.stream().map(CsvGridWriter::text).toList());
        }
        // Flush, do not close: the stream belongs to the caller (a servlet response, a zip).
        printer.flush();
    }

    /** The cell as written: a number as it is, a text neutralised. */
    static String text(GridCell cell) {
        return cell instanceof GridCell.Number ? cell.plain() : CsvCells.neutralise(cell.plain());
    }
}
