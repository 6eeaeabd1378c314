package org.mutualis.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet, or every sheet, of an XLSX workbook with Apache POI's streaming (event) API: the sheet is
 * never built in memory, limits apply row by row, and numeric cells keep their stored digits
 * instead of a display format's rounding. POI's XML readers refuse external entities.
 */
public final class XlsxGridReader {

    private XlsxGridReader() {}

    public static SheetGrid read(InputStream in, GridLimits limits) throws SpreadsheetException {
        return read(in, limits, false).get(0);
    }

    /** Every sheet, hidden ones included, in the workbook's order; the limits apply to each. */
    public static List<SheetGrid> readAll(InputStream in, GridLimits limits) throws SpreadsheetException {
        return read(in, limits, true);
    }

    private static List<SheetGrid> read(InputStream in, GridLimits limits, boolean all) throws SpreadsheetException {
        byte[] bytes = Uploads.readAll(in, limits.maxBytes());
        // Inflating once under our own limit catches zip bombs before POI opens anything.
        Uploads.unzip(bytes, limits, "XLSX", name -> false);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SpreadsheetException("spreadsheet.xlsx.nosheet");
            }
            List<SheetGrid> grids = new ArrayList<>();
            GridBuilder grid = null;
            do {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    // One cell budget for the whole file: many sheets do not multiply it.
                    grid = grid == null ? new GridBuilder(limits, name) : grid.nextSheet(name);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XlsxSheetHandler(grid, strings, limits.maxCellChars() + 1));
                    parser.parse(new InputSource(sheet));
                    grids.add(grid.build());
                }
            } while (all && sheets.hasNext());
            return grids;
        } catch (SAXException e) {
            if (e.getCause() instanceof SpreadsheetException limit) {
                throw limit;
            }
            throw unreadable(e);
        } catch (IOException
                | OpenXML4JException
                | RuntimeException
                | javax.xml.parsers.ParserConfigurationException e) {
            throw unreadable(e);
        }
    }

    private static SpreadsheetException unreadable(Exception e) {
        return new SpreadsheetException(e, "spreadsheet.xlsx.unreadable");
    }
}
