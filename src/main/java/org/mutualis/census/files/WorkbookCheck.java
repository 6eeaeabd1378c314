package org.mutualis.census.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportProblem;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.text.Text;
import org.mutualis.spreadsheet.SheetGrid;

/**
 * Checks every sheet of a workbook against the campaign's themes, and keeps going after a problem
 * so that one pass lists all of them, whatever the sheet; the answers of all sheets are merged per
 * collectivité (question codes are unique across themes).
 */
public final class WorkbookCheck {

    private final List<Questionnaire> themes;
    private final Set<String> knownCodes;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, String> sheetOfTheme = new LinkedHashMap<>();
    private final WorkbookMerge merge;

    private WorkbookCheck(List<Questionnaire> themes, Set<String> knownCodes) {
        this.themes = themes;
        this.knownCodes = knownCodes;
        this.merge = new WorkbookMerge(themes);
    }

    /**
     * Reads either layout: a workbook whose cover carries {@link PersonWorkbook#MARKER} has a
     * question per row ({@link PersonWorkbookCheck}); any other, a row per collectivité.
     */
    public static AnswersImport check(List<SheetGrid> grids, List<Questionnaire> themes, Set<String> knownCodes) {
        if (PersonWorkbookCheck.isPersonWorkbook(grids)) {
            return PersonWorkbookCheck.check(grids, themes, knownCodes);
        }
        return new WorkbookCheck(themes, knownCodes).check(grids);
    }

    private AnswersImport check(List<SheetGrid> grids) {
        Map<String, WorkbookMeta.Written> meta = WorkbookMeta.read(grids);
        for (SheetGrid grid : grids) {
            if (grid.name().equals(AnswerSheets.QUESTIONS)
                    || grid.name().equals(WorkbookMeta.SHEET)
                    || grid.name().equals("_listes")) {
                continue;
            }
            WorkbookMeta.@Nullable Written written = meta.get(grid.name());
            String theme =
                    (written == null ? grid.name() : written.theme()).strip().toLowerCase(Locale.ROOT);
            @Nullable
            Questionnaire q = themes.stream()
                    .filter(t -> t.theme().equals(theme))
                    .findFirst()
                    .orElse(null);
            if (q == null) {
                notInCampaign(grid, theme);
            } else if (sheetOfTheme.putIfAbsent(theme, grid.name()) != null) {
                problem(
                        grid.name(),
                        "census.import.sheet.twice",
                        grid.name(),
                        theme,
                        String.valueOf(sheetOfTheme.get(theme)));
            } else {
                answers(grid, q, SheetVersion.of(grid, q, written));
            }
        }
        for (Questionnaire q : themes) {
            if (!sheetOfTheme.containsKey(q.theme())) {
                problem(q.theme(), "census.import.sheet.missing", q.theme(), Text.bilingual(q.titleFr(), q.titleEn()));
            }
        }
        return problems.isEmpty()
                ? new AnswersImport.Accepted(merge.responses(), merge.names(), AnswersImport.Layout.ROWS)
                : new AnswersImport.Rejected(problems);
    }

    private void answers(SheetGrid grid, Questionnaire q, SheetVersion version) {
        Text refusal = version.refusal();
        if (refusal != null) {
            problems.add(new ImportProblem(grid.name(), 0, null, null, refusal));
            return;
        }
        AnswersImport sheet = AnswerSheetCheck.checkWorkbookSheet(grid, q, knownCodes, version.notAsked());
        if (sheet.isOk()) {
            merge.add(sheet.responses(), sheet.writtenNames());
        } else {
            problems.addAll(sheet.problems());
        }
    }

    /** A theme of the catalogue left out of the campaign, or answers under a name no theme has. */
    private void notInCampaign(SheetGrid grid, String theme) {
        String expected = themes.stream().map(Questionnaire::theme).collect(Collectors.joining(", "));
        String title = Catalogue.themeTitle(theme).orElse(null);
        if (title != null) {
            problem(grid.name(), "census.import.sheet.otherTheme", grid.name(), title, expected);
        } else if (looksLikeAnswers(grid)) {
            problem(grid.name(), "census.import.sheet.unknown", grid.name(), expected);
        }
        // Any other sheet (notes, a chart, the lists behind the drop-downs) is not read.
    }

    private static boolean looksLikeAnswers(SheetGrid grid) {
        return !grid.rows().isEmpty()
                && grid.rows().get(0).cells().stream().anyMatch(c -> c.strip().equalsIgnoreCase("code"));
    }

    private void problem(String sheet, String code, Object... args) {
        problems.add(new ImportProblem(sheet, 0, null, null, Text.of(code, args)));
    }
}
