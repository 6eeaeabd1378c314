package org.mutualis.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sheets as an XLSX workbook: numbers as numeric cells, the first row bold and frozen,
 * drop-down lists where a column has choices, hidden sheets hidden.
 */
public final class XlsxGridWriter {

    private XlsxGridWriter() {}

    public static void write(OutputStream out, List<SheetContent> sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
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
                for (int r = 0; r < content.rows().size(); r++) {
                    List<GridCell> cells = content.rows().get(r);
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
