package org.mutualis.census.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.spreadsheet.GridCell;
import org.mutualis.spreadsheet.SheetContent;
import org.mutualis.spreadsheet.SheetGrid;

/**
 * Which theme and questionnaire version each answers sheet of a workbook was written for, kept in
 * a hidden sheet: a workbook sent before an administrator published a new version comes back
 * with the version it was filled against, and is mapped or refused knowingly rather than guessed.
 */
final class WorkbookMeta {

    static final String SHEET = "_mutualis";

    /** The theme and version a sheet was written for. */
    record Written(String theme, int version) {}

    private WorkbookMeta() {}

    static SheetContent sheet(List<Questionnaire> themes) {
        return sheet(themes.stream().map(Questionnaire::theme).toList(), themes);
    }

    /** @param sheetNames the name of each theme's sheet, in the themes' order */
    static SheetContent sheet(List<String> sheetNames, List<Questionnaire> themes) {
        List<List<GridCell>> lines = new ArrayList<>();
        lines.add(List.of(GridCell.text("sheet"), GridCell.text("theme"), GridCell.text("version")));
        for (int i = 0; i < themes.size(); i++) {
            Questionnaire q = themes.get(i);
            lines.add(List.of(
                    GridCell.text(sheetNames.get(i)), GridCell.text(q.theme()), GridCell.text("" + q.version())));
        }
        return new SheetContent(SHEET, lines, List.of(), true);
    }

    /**
     * What the hidden sheet says, by sheet name; empty for a workbook made by hand, whose sheets
     * are then taken as named after their theme and filled against the campaign's version. A
     * line that cannot be read is skipped, with the same effect.
     */
    static Map<String, Written> read(List<SheetGrid> grids) {
        Map<String, Written> bySheet = new LinkedHashMap<>();
        grids.stream().filter(g -> g.name().equals(SHEET)).findFirst().ifPresent(meta -> {
            for (SheetGrid.Row row : meta.rows()
                    .subList(Math.min(1, meta.rows().size()), meta.rows().size())) {
                String sheet = row.cell(0).strip();
                String theme = row.cell(1).strip();
                try {
                    int version = Integer.parseInt(row.cell(2).strip());
                    if (!sheet.isEmpty() && !theme.isEmpty()) {
                        bySheet.putIfAbsent(sheet, new Written(theme, version));
                    }
                } catch (NumberFormatException e) {
                    // Someone edited the hidden sheet: read that sheet as if it carried no version.
                }
            }
        });
        return bySheet;
    }
}
