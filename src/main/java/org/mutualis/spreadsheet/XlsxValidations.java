package org.mutualis.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.jspecify.annotations.Nullable;

/**
 * The drop-down lists of an XLSX workbook. Excel keeps an explicit list in a formula of at most
 * 255 characters and cannot escape a comma in it; longer lists go to a hidden sheet of lists and
 * are referred to by range, which every spreadsheet reads. The sheet of lists is written last,
 * row by row, once every list is known: a streamed workbook cannot go back to a written row.
 */
final class XlsxValidations {

    static final String LISTS_SHEET = "_listes";

    private static final int MAX_EXPLICIT_LIST = 255;
    private static final int MAX_TITLE = 32;
    private static final int MAX_TEXT = 255;

    private final Workbook workbook;
    private @Nullable Sheet lists;

    /** The values of each column of the sheet of lists, written by {@link #finish}. */
    private final List<List<String>> listColumns = new ArrayList<>();

    XlsxValidations(Workbook workbook) {
        this.workbook = workbook;
    }

    void add(Sheet sheet, SheetContent content) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (ColumnChoices choices : content.choices()) {
            CellRangeAddressList cells = choices.everyRow()
                    ? new CellRangeAddressList(1, content.validatedRows() - 1, choices.column(), choices.column())
                    : new CellRangeAddressList(choices.row(), choices.row(), choices.column(), choices.column());
            DataValidation validation = helper.createValidation(constraint(helper, choices.values()), cells);
            // POI's XSSF inverts this flag: true is what shows the drop-down arrow.
            validation.setSuppressDropDownArrow(true);
            validation.setEmptyCellAllowed(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(cut(choices.title(), MAX_TITLE), cut(choices.errorFr(), MAX_TEXT));
            validation.setShowErrorBox(true);
            if (!choices.hint().isBlank()) {
                validation.createPromptBox(cut(choices.title(), MAX_TITLE), cut(choices.hint(), MAX_TEXT));
                validation.setShowPromptBox(true);
            }
            sheet.addValidationData(validation);
        }
    }

    /** Puts the sheet of lists, if any, last: the answers sheets come first, as the user expects. */
    void finish() {
        if (lists != null) {
            int height = listColumns.stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r < height; r++) {
                Row row = lists.createRow(r);
                for (int c = 0; c < listColumns.size(); c++) {
                    if (r < listColumns.get(c).size()) {
                        row.createCell(c).setCellValue(listColumns.get(c).get(r));
                    }
                }
            }
            workbook.setSheetOrder(LISTS_SHEET, workbook.getNumberOfSheets() - 1);
        }
    }

    private DataValidationConstraint constraint(DataValidationHelper helper, List<String> values) {
        int length = values.stream().mapToInt(v -> v.length() + 1).sum();
        boolean explicit =
                length <= MAX_EXPLICIT_LIST && values.stream().noneMatch(v -> v.contains(",") || v.contains("\""));
        if (explicit) {
            return helper.createExplicitListConstraint(values.toArray(String[]::new));
        }
        listsSheet();
        int column = listColumns.size();
        listColumns.add(List.copyOf(values));
        String letter = SheetGrid.columnLetter(column);
        return helper.createFormulaListConstraint(
                "'" + LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$" + values.size());
    }

    private Sheet listsSheet() {
        if (lists == null) {
            lists = workbook.createSheet(LISTS_SHEET);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        }
        return lists;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
