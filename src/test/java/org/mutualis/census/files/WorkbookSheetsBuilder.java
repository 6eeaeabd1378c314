package org.mutualis.census.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;
import org.mutualis.spreadsheet.GridCell;
import org.mutualis.spreadsheet.OdsGridWriter;
import org.mutualis.spreadsheet.SheetContent;
import org.mutualis.spreadsheet.XlsxGridWriter;

/**
 * Workbooks as a person might have filled them in, mistakes included: sheets in the answers
 * layout, any cell text, and the hidden sheet of themes and versions written as Mutualis does.
 */
final class WorkbookSheetsBuilder {

    private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    private final List<List<String>> meta = new ArrayList<>(List.of(List.of("sheet", "theme", "version")));

    static WorkbookSheetsBuilder of(List<Questionnaire> themes) {
        WorkbookSheetsBuilder builder = new WorkbookSheetsBuilder();
        themes.forEach(q -> builder.sheet(q.theme(), header(q)).meta(q.theme(), q.theme(), q.version()));
        return builder;
    }

    static List<String> header(Questionnaire q) {
        List<String> header = new ArrayList<>(List.of("code", "name"));
        q.questions().stream().map(Question::code).forEach(header::add);
        header.add("comment");
        return header;
    }

    WorkbookSheetsBuilder sheet(String name, List<String> header) {
        sheets.put(name, new ArrayList<>(List.of(header)));
        return this;
    }

    WorkbookSheetsBuilder meta(String sheet, String theme, int version) {
        meta.removeIf(line -> line.get(0).equals(sheet));
        meta.add(List.of(sheet, theme, "" + version));
        return this;
    }

    WorkbookSheetsBuilder line(String sheet, String... cells) {
        sheets.get(sheet).add(List.of(cells));
        return this;
    }

    /** A row of the theme's sheet; answers are texts as typed, or answer values. */
    WorkbookSheetsBuilder row(Questionnaire q, String code, Map<String, ?> answers, String comment) {
        List<String> header = sheets.get(q.theme()).get(0);
        List<String> cells = new ArrayList<>();
        for (String column : header) {
            Object value = answers.get(column);
            cells.add(
                    column.equals("code")
                            ? code
                            : column.equals("comment")
                                    ? comment
                                    : value instanceof AnswerValue a ? a.display() : value == null ? "" : "" + value);
        }
        sheets.get(q.theme()).add(cells);
        return this;
    }

    List<SheetContent> build() {
        List<SheetContent> contents = new ArrayList<>();
        sheets.forEach((name, lines) -> contents.add(new SheetContent(name, cells(lines))));
        contents.add(new SheetContent("_mutualis", cells(meta), List.of(), true));
        return contents;
    }

    private static List<List<GridCell>> cells(List<List<String>> lines) {
        return lines.stream()
                .map(line -> line.stream().map(GridCell::text).toList())
                .toList();
    }

    static byte[] write(AnswerFileFormat format, List<SheetContent> sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == AnswerFileFormat.XLSX) {
            XlsxGridWriter.write(out, sheets);
        } else {
            OdsGridWriter.write(out, sheets);
        }
        return out.toByteArray();
    }
}
