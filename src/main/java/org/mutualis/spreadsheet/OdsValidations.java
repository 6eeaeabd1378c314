package org.mutualis.spreadsheet;

import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * The drop-down lists of an ODS file: one {@code table:content-validation} per listed column,
 * declared once before the tables, and named by each cell it applies to (ODF puts validations on
 * cells, not on columns).
 */
final class OdsValidations {

    /** The OpenFormula namespace that qualifies the conditions. */
    static final String OF = "urn:oasis:names:tc:opendocument:xmlns:of:1.2";

    private OdsValidations() {}

    static void declare(XMLStreamWriter xml, List<SheetContent> sheets) throws XMLStreamException {
        if (sheets.stream().allMatch(s -> s.choices().isEmpty())) {
            return;
        }
        xml.writeStartElement("table", "content-validations", Odf.TABLE);
        for (int s = 0; s < sheets.size(); s++) {
            for (ColumnChoices choices : sheets.get(s).choices()) {
                xml.writeStartElement("table", "content-validation", Odf.TABLE);
                xml.writeAttribute("table", Odf.TABLE, "name", name(s, choices));
                xml.writeAttribute("table", Odf.TABLE, "condition", condition(choices.values()));
                xml.writeAttribute("table", Odf.TABLE, "allow-empty-cell", "true");
                xml.writeAttribute("table", Odf.TABLE, "display-list", "unsorted");
                message(xml, "help-message", choices.title(), choices.hint());
                xml.writeStartElement("table", "error-message", Odf.TABLE);
                xml.writeAttribute("table", Odf.TABLE, "title", choices.title());
                xml.writeAttribute("table", Odf.TABLE, "display", "true");
                xml.writeAttribute("table", Odf.TABLE, "message-type", "stop");
                paragraph(xml, choices.errorFr());
                xml.writeEndElement();
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    /** The validation of a data cell of the given sheet, 0-based row and column, or null when it has none. */
    static @Nullable String of(SheetContent sheet, int sheetIndex, int row, int column) {
        return sheet.choices().stream()
                .filter(c -> c.column() == column && (c.everyRow() || c.row() == row))
                .findFirst()
                .map(c -> name(sheetIndex, c))
                .orElse(null);
    }

    /**
     * Empty rows below the data that still carry the lists, so that a row added by hand gets the
     * drop-downs too; one repeated row element whatever their number.
     */
    static void emptyRows(XMLStreamWriter xml, SheetContent sheet, int sheetIndex) throws XMLStreamException {
        int count = sheet.validatedRows() - sheet.rows().size();
        if (!sheet.hasColumnLists() || count <= 0) {
            return;
        }
        int width = sheet.choices().stream()
                        .filter(ColumnChoices::everyRow)
                        .mapToInt(ColumnChoices::column)
                        .max()
                        .orElse(0)
                + 1;
        xml.writeStartElement("table", "table-row", Odf.TABLE);
        xml.writeAttribute("table", Odf.TABLE, "number-rows-repeated", Integer.toString(count));
        for (int c = 0; c < width; c++) {
            xml.writeEmptyElement("table", "table-cell", Odf.TABLE);
            String name = of(sheet, sheetIndex, sheet.rows().size(), c);
            if (name != null) {
                xml.writeAttribute("table", Odf.TABLE, "content-validation-name", name);
            }
        }
        xml.writeEndElement();
    }

    private static String name(int sheetIndex, ColumnChoices choices) {
        String column = SheetGrid.columnLetter(choices.column());
        return "liste" + (sheetIndex + 1) + "_" + (choices.everyRow() ? column : column + (choices.row() + 1));
    }

    /** {@code of:cell-content-is-in-list("yes";"no")}, quotes doubled inside the values. */
    static String condition(List<String> values) {
        return values.stream()
                .map(v -> "\"" + v.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(";", "of:cell-content-is-in-list(", ")"));
    }

    private static void message(XMLStreamWriter xml, String element, String title, String text)
            throws XMLStreamException {
        if (text.isBlank()) {
            return;
        }
        xml.writeStartElement("table", element, Odf.TABLE);
        xml.writeAttribute("table", Odf.TABLE, "title", title);
        xml.writeAttribute("table", Odf.TABLE, "display", "true");
        paragraph(xml, text);
        xml.writeEndElement();
    }

    private static void paragraph(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeStartElement("text", "p", Odf.TEXT);
        OdsParts.paragraph(xml, text);
        xml.writeEndElement();
    }
}
