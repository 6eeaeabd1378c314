package org.mutualis.census;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.files.AnswerFileReader;
import org.mutualis.census.files.AnswerFileWriter;
import org.mutualis.census.files.PersonWorkbook;
import org.mutualis.census.files.WorkbookCheck;
import org.mutualis.census.files.WorkbookCover;
import org.mutualis.census.files.WorkbookSheets;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.text.Text;
import org.mutualis.spreadsheet.GridLimits;
import org.mutualis.spreadsheet.OdsGridReader;
import org.mutualis.spreadsheet.OdsGridWriter;
import org.mutualis.spreadsheet.SheetContent;
import org.mutualis.spreadsheet.SheetGrid;
import org.mutualis.spreadsheet.SpreadsheetException;
import org.mutualis.spreadsheet.XlsxGridReader;
import org.mutualis.spreadsheet.XlsxGridWriter;

/**
 * Workbooks of several themes, both ways: a sheet per theme named by its code, in the
 * answers-file layout ({@code code, name, <question codes>, comment}), pre-filled with one row per
 * collectivité; a {@code questions} sheet explaining every column; drop-down lists on yes/no and
 * choice columns; a hidden {@code _mutualis} sheet giving each sheet's theme and questionnaire
 * version. A single theme in CSV is the answers file of {@link AnswerFileReader}, unchanged. A
 * collectivité's workbook for a person has a question per row instead ({@link #writeForPerson});
 * {@link #read} tells the two layouts apart by the marker on that workbook's cover sheet.
 */
public final class Workbooks {

    private Workbooks() {}

    /**
     * @param themes the campaign's questionnaires, one sheet each, in this order
     * @param rows the responses to pre-fill (one for a collectivité's workbook, one per
     *     collectivité for a territory's); none gives a blank template
     * @param namesByCode names shown next to the codes (not read back)
     * @throws IllegalArgumentException if a response answers a question no theme asks, or if CSV
     *     is asked for several themes (a CSV file has one sheet)
     * @throws UncheckedIOException if the stream fails; the stream is left open
     */
    public static void write(
            OutputStream out,
            AnswerFileFormat format,
            List<Questionnaire> themes,
            List<ImportedResponse> rows,
            Map<String, String> namesByCode) {
        if (format == AnswerFileFormat.CSV) {
            if (themes.size() != 1) {
                throw new IllegalArgumentException("A CSV file holds one theme, not " + themes.size());
            }
            AnswerFileWriter.write(out, format, themes.get(0), rows, namesByCode);
            return;
        }
        List<SheetContent> sheets = WorkbookSheets.sheets(themes, rows, namesByCode);
        writeSheets(out, format, sheets);
    }

    /**
     * A collectivité's workbook as a person fills it ({@link PersonWorkbook}): a cover sheet, then
     * a sheet per theme with a question per row, French headers and drop-downs. {@link #read}
     * reads it back.
     *
     * @param response the answers to pre-fill, or null for an empty workbook
     * @throws IllegalArgumentException for CSV (one sheet cannot hold a cover and the themes)
     * @throws UncheckedIOException if the stream fails; the stream is left open
     */
    public static void writeForPerson(
            OutputStream out,
            AnswerFileFormat format,
            List<Questionnaire> themes,
            @Nullable ImportedResponse response,
            WorkbookCover cover) {
        if (format == AnswerFileFormat.CSV) {
            throw new IllegalArgumentException("A person's workbook is an ODS or XLSX file, not CSV");
        }
        List<SheetContent> sheets = PersonWorkbook.sheets(themes, response, cover);
        writeSheets(out, format, sheets);
    }

    /** The sheets as an XLSX or ODS file, the two workbook layouts' one way out. */
    private static void writeSheets(OutputStream out, AnswerFileFormat format, List<SheetContent> sheets) {
        try {
            if (format == AnswerFileFormat.XLSX) {
                XlsxGridWriter.write(out, sheets);
            } else {
                OdsGridWriter.write(out, sheets);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AnswersImport read(
            InputStream in, AnswerFileFormat format, List<Questionnaire> themes, Set<String> knownCodes) {
        return read(in, format, themes, knownCodes, AnswerFileLimits.defaults());
    }

    /**
     * Reads a collectivité's or a territory's workbook whole: every sheet is checked, every
     * problem of every sheet is reported (sheet, row, column, French message), and nothing is
     * accepted if there is one. Each theme of the campaign must have its sheet; a sheet of another
     * theme is refused; a sheet filled against another version of its theme is read when all its
     * columns still exist, and refused naming those that do not.
     *
     * @param themes the campaign's questionnaires, at the versions it runs
     * @param knownCodes the INSEE codes and SIREN that may answer
     * @return one response per collectivité with the answers of all its sheets, or every problem
     */
    public static AnswersImport read(
            InputStream in,
            AnswerFileFormat format,
            List<Questionnaire> themes,
            Set<String> knownCodes,
            AnswerFileLimits limits) {
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("A workbook is read against at least one theme");
        }
        if (format == AnswerFileFormat.CSV) {
            return themes.size() == 1
                    ? AnswerFileReader.read(in, format, themes.get(0), knownCodes, limits)
                    : refused(Text.of(
                            "census.import.csv.themes",
                            String.valueOf(themes.size()),
                            themes.stream().map(Questionnaire::theme).collect(Collectors.joining(", "))));
        }
        GridLimits gridLimits = limits.grid();
        List<SheetGrid> grids;
        try {
            grids = format == AnswerFileFormat.XLSX
                    ? XlsxGridReader.readAll(in, gridLimits)
                    : OdsGridReader.readAll(in, gridLimits);
        } catch (SpreadsheetException e) {
            return new AnswersImport.Rejected(List.of(AnswerFileReader.problem(e, "classeur")));
        }
        return WorkbookCheck.check(grids, themes, knownCodes);
    }

    private static AnswersImport refused(Text message) {
        return new AnswersImport.Rejected(List.of(new ImportProblem("classeur", 0, null, null, message)));
    }
}
