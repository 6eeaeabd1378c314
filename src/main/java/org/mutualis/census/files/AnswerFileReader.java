package org.mutualis.census.files;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswerFileLimits;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportProblem;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.text.Text;
import org.mutualis.spreadsheet.CsvGridReader;
import org.mutualis.spreadsheet.GridLimits;
import org.mutualis.spreadsheet.OdsGridReader;
import org.mutualis.spreadsheet.SheetGrid;
import org.mutualis.spreadsheet.SpreadsheetException;
import org.mutualis.spreadsheet.XlsxGridReader;

/**
 * Reads an answers file: one sheet, a header row starting with {@code code}, one column per
 * question (any order, any subset), optional {@code name} and {@code comment}; one row per
 * collectivité. An empty cell is no answer, {@code NC} is "not communicated".
 */
public final class AnswerFileReader {

    private AnswerFileReader() {}

    /**
     * @param knownCollectivityCodes the INSEE codes and SIREN that may answer
     * @return every response, or every problem and no response
     */
    public static AnswersImport read(
            InputStream in, AnswerFileFormat format, Questionnaire questionnaire, Set<String> knownCollectivityCodes) {
        return read(in, format, questionnaire, knownCollectivityCodes, AnswerFileLimits.defaults());
    }

    public static AnswersImport read(
            InputStream in,
            AnswerFileFormat format,
            Questionnaire questionnaire,
            Set<String> knownCollectivityCodes,
            AnswerFileLimits limits) {
        GridLimits gridLimits = limits.grid();
        SheetGrid grid;
        try {
            grid = switch (format) {
                case CSV -> CsvGridReader.read(in, gridLimits, questionnaire.theme());
                case XLSX -> XlsxGridReader.read(in, gridLimits);
                case ODS -> OdsGridReader.read(in, gridLimits);
            };
        } catch (SpreadsheetException e) {
            return new AnswersImport.Rejected(List.of(problem(e, questionnaire.theme())));
        }
        return AnswerSheetCheck.check(grid, questionnaire, knownCollectivityCodes);
    }

    /**
     * A file the spreadsheet readers refused, as the problem to list: at the sheet, row and column
     * where reading stopped when they say it, else on the file as a whole.
     *
     * @param sheet the sheet to name when the refusal names none
     */
    public static ImportProblem problem(SpreadsheetException e, String sheet) {
        String at = e.sheet() == null ? sheet : e.sheet();
        if (e.row() <= 0) {
            return new ImportProblem(at, 0, null, null, e.text());
        }
        Text message = e.column() == null
                ? Text.of("census.import.atRow", String.valueOf(e.row()), e.text())
                : Text.of("census.import.atCell", String.valueOf(e.row()), e.column(), "", e.text());
        return new ImportProblem(at, e.row(), e.column(), null, message);
    }
}
