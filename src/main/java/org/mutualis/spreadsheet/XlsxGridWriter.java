package org.mutualis.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes sheets as an XLSX workbook: numbers as numeric cells, the first row bold and frozen,
 * drop-down lists where a column has choices, hidden sheets hidden.
 *
 * <p>Streamed (POI's SXSSF): only the last {@value #ROWS_IN_MEMORY} rows of a sheet are objects,
 * the others are already XML in a gzipped temporary file of the JVM's temporary directory ({@code
 * java.io.tmpdir}), deleted once the workbook is written, failure included. A territory's 36,000
 * rows cost a few megabytes of disk, not gigabytes of memory. Texts are written inline in their
 * cells rather than in a shared table, which every spreadsheet (and {@link XlsxGridReader}) reads.
 */
public final class XlsxGridWriter {

    /** Rows of a sheet kept as objects while it is written; the others are flushed to disk. */
    static final int ROWS_IN_MEMORY = 100;

    private XlsxGridWriter() {}

    public static void write(OutputStream out, List<SheetContent> sheets) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        // Plain 32-bit zip entries, as the in-memory writer made: Zip64 data descriptors are refused
        // by some readers (java.util.zip among them), and a workbook never nears 4 GB.
        workbook.setZip64Mode(Zip64Mode.Never);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            // Texts stay texts: "29014" or "2A004" must not become numbers in Excel.
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            // Long texts (a question, its help) wrap in their column rather than run across the sheet.
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.cloneStyleFrom(text);
            wrapped.setWrapText(true);
            XlsxValidations validations = new XlsxValidations(workbook);
            for (SheetContent content : sheets) {
                Sheet sheet = workbook.createSheet(content.name());
                int width = 0;
                int r = 0;
                for (List<GridCell> cells : content.rows()) {
                    Row row = sheet.createRow(r);
                    width = Math.max(width, cells.size());
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = row.createCell(c);
                        write(cell, cells.get(c));
                        if (r == 0) {
                            cell.setCellStyle(header);
                        } else if (cells.get(c) instanceof GridCell.Text t) {
                            cell.setCellStyle(t.value().length() > content.width(c) ? wrapped : text);
                        }
                    }
                    r++;
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < width; c++) {
                    sheet.setColumnWidth(c, content.width(c) * 256);
                    if (content.hiddenColumns().contains(c)) {
                        sheet.setColumnHidden(c, true);
                    }
                }
                validations.add(sheet, content);
                if (content.hidden()) {
                    workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
                }
            }
            validations.finish();
            workbook.write(out);
        } finally {
            // The temporary files go, whatever happened; close() alone keeps them in POI 5.
            workbook.dispose();
            workbook.close();
        }
    }

    private static void write(Cell cell, GridCell value) {
        if (value instanceof GridCell.Number n && Numbers.fitsDouble(n.value())) {
            cell.setCellValue(n.value().doubleValue());
        } else {
            cell.setCellValue(value.plain());
        }
    }
}
