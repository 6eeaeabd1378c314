package org.mutualis.spreadsheet;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first table, or every table, of an OpenDocument spreadsheet (content.xml) with StAX. Repeated rows and
 * columns are counted before they are expanded, and expanded only when they hold data, so
 * LibreOffice's trailing million empty rows cost nothing, and a repeat that would pass the limits
 * (rows, columns, cells of the file) is refused naming its sheet, row and column.
 */
public final class OdsGridReader {

    private OdsGridReader() {}

    public static SheetGrid read(InputStream in, GridLimits limits) throws SpreadsheetException {
        return read(in, limits, false).get(0);
    }

    /** Every table, hidden ones included, in the document's order; the limits apply to each. */
    public static List<SheetGrid> readAll(InputStream in, GridLimits limits) throws SpreadsheetException {
        return read(in, limits, true);
    }

    private static List<SheetGrid> read(InputStream in, GridLimits limits, boolean all) throws SpreadsheetException {
        // content.xml is parsed as it inflates: a bomb is refused after the limit, never held whole.
        return Uploads.readEntry(
                Uploads.readAll(in, limits.maxBytes()),
                limits,
                "ODS",
                "content.xml",
                "spreadsheet.ods.nocontent",
                content -> parse(content, limits, all));
    }

    private static List<SheetGrid> parse(InputStream content, GridLimits limits, boolean all)
            throws SpreadsheetException {
        try {
            XMLStreamReader xml = Odf.safeInputFactory().createXMLStreamReader(content);
            try {
                return tables(xml, limits, all);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new SpreadsheetException(e, "spreadsheet.ods.unreadable");
        }
    }

    private static List<SheetGrid> tables(XMLStreamReader xml, GridLimits limits, boolean all)
            throws XMLStreamException, SpreadsheetException {
        List<SheetGrid> grids = new ArrayList<>();
        GridBuilder grid = null;
        while (xml.hasNext() && (all || grids.isEmpty())) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && is(xml, Odf.TABLE, "table")) {
                String name = attribute(xml, Odf.TABLE, "name", "");
                // One cell budget for the whole file: a thousand sheets do not multiply it.
                grid = grid == null ? new GridBuilder(limits, name) : grid.nextSheet(name);
                readRows(xml, grid, limits);
                grids.add(grid.build());
            }
        }
        if (grids.isEmpty()) {
            throw new SpreadsheetException("spreadsheet.ods.nosheet");
        }
        return grids;
    }

    /** Reads up to the end of the current table element. */
    private static void readRows(XMLStreamReader xml, GridBuilder grid, GridLimits limits)
            throws XMLStreamException, SpreadsheetException {
        long rowNumber = 1;
        long rowRepeat = 1;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (is(xml, Odf.TABLE, "table-row")) {
                    rowRepeat = repeat(xml, "number-rows-repeated");
                    grid.row(rowNumber);
                } else if (is(xml, Odf.TABLE, "table-cell") || is(xml, Odf.TABLE, "covered-table-cell")) {
                    long times = repeat(xml, "number-columns-repeated");
                    grid.cell(OdsCells.value(xml, limits.maxCellChars() + 1), times);
                    depth--; // OdsCells consumed the cell up to its end element
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (is(xml, Odf.TABLE, "table-row")) {
                    grid.endRow(rowRepeat);
                    rowNumber += rowRepeat;
                }
            }
        }
    }

    private static long repeat(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(Odf.TABLE, name);
        try {
            return value == null ? 1 : Math.max(1, Math.min(Long.parseLong(value.trim()), Integer.MAX_VALUE));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static boolean is(XMLStreamReader xml, String namespace, String localName) {
        return namespace.equals(xml.getNamespaceURI()) && localName.equals(xml.getLocalName());
    }

    static String attribute(XMLStreamReader xml, String namespace, String name, String fallback) {
        String value = xml.getAttributeValue(namespace, name);
        return value == null ? fallback : value;
    }
}
