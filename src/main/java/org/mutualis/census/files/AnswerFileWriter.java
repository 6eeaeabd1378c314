package org.mutualis.census.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.ImportedResponse;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.spreadsheet.CsvGridWriter;
import org.mutualis.spreadsheet.OdsGridWriter;
import org.mutualis.spreadsheet.XlsxGridWriter;

/**
 * Writes answers in the layout {@link AnswerFileReader} reads back: header {@code code, name,
 * <question codes in order>, comment}, NC as {@code NC}, numbers as number cells. XLSX and ODS
 * files get a second sheet, {@code questions}, explaining each column; with no rows, the file is
 * a blank template to send to the communes.
 */
public final class AnswerFileWriter {

    private AnswerFileWriter() {}

    /**
     * @param namesByCode names shown next to the codes (not read back); a missing name is left empty
     * @throws IllegalArgumentException if a response answers a question the questionnaire lacks
     * @throws UncheckedIOException if the stream fails; the stream is left open
     */
    public static void write(
            OutputStream out,
            AnswerFileFormat format,
            Questionnaire q,
            List<ImportedResponse> rows,
            Map<String, String> namesByCode) {
        var answers = AnswerSheets.answers(q, rows, namesByCode);
        try {
            switch (format) {
                case CSV -> CsvGridWriter.write(out, answers);
                case XLSX -> XlsxGridWriter.write(out, List.of(answers, AnswerSheets.questions(q)));
                case ODS -> OdsGridWriter.write(out, List.of(answers, AnswerSheets.questions(q)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
