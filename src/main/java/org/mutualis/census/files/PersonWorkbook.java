package org.mutualis.census.files;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.ImportedResponse;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;
import org.mutualis.spreadsheet.ColumnChoices;
import org.mutualis.spreadsheet.GridCell;
import org.mutualis.spreadsheet.SheetContent;

/**
 * A collectivité's workbook as a person fills it: a cover sheet (who, which campaign, by when, how
 * to send it back), then one sheet per theme with a question per row — Question | Réponse | Unité |
 * Aide — French headers, French values in the drop-downs, and a hidden column of question codes so
 * that the file can be read back ({@link PersonWorkbookCheck}). The cover carries a marker, in a
 * hidden column, by which the import knows this layout from the one row per collectivité.
 */
public final class PersonWorkbook {

    /** The cover sheet's name. */
    public static final String COVER = "Accueil";

    /** The marker in the cover's hidden column, first row. */
    public static final String MARKER = "mutualis:vertical:1";

    /** The keys of the cover's hidden column for the lines read back. */
    static final String KEY_CODE = "code";

    static final String KEY_NAME = "name";
    static final String KEY_COMMENT = "comment";

    /** The columns of a theme sheet, 0-based. */
    static final int QUESTION = 0;

    static final int ANSWER = 1;
    static final int UNIT = 2;
    static final int HELP = 3;
    static final int CODE = 4;

    static final String ANSWER_HEADER = "Réponse";
    static final String CODE_HEADER = "code";

    private static final int MAX_SHEET_NAME = 31;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

    private PersonWorkbook() {}

    /**
     * @param response the answers to pre-fill (none: an empty response of the cover's collectivité)
     * @throws IllegalArgumentException if the response answers a question no theme asks
     */
    public static List<SheetContent> sheets(
            List<Questionnaire> themes, @Nullable ImportedResponse response, WorkbookCover cover) {
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("A workbook needs at least one theme");
        }
        if (response != null) {
            response.answers().keySet().forEach(code -> {
                if (themes.stream().allMatch(q -> q.question(code).isEmpty())) {
                    throw new IllegalArgumentException("No question " + code + " in the workbook's themes");
                }
            });
        }
        List<SheetContent> sheets = new ArrayList<>();
        sheets.add(cover(themes, cover, response == null ? null : response.comment()));
        Set<String> names = new HashSet<>(Set.of(COVER.toLowerCase(Locale.ROOT)));
        List<String> sheetNames = new ArrayList<>();
        for (Questionnaire q : themes) {
            String name = sheetName(q, names);
            sheetNames.add(name);
            sheets.add(theme(name, q, response));
        }
        sheets.add(WorkbookMeta.sheet(sheetNames, themes));
        return sheets;
    }

    private static SheetContent cover(List<Questionnaire> themes, WorkbookCover cover, @Nullable String comment) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(line("Questionnaire du recensement informatique", "", MARKER));
        rows.add(line("Collectivité", cover.collectivityName(), KEY_NAME));
        rows.add(line("Code INSEE (ou SIREN)", cover.collectivityCode(), KEY_CODE));
        rows.add(line("Campagne", cover.campaignName(), ""));
        rows.add(line(
                "À renvoyer avant le",
                cover.deadline() == null ? "pas de date limite" : FRENCH_DATE.format(cover.deadline()),
                ""));
        rows.add(line(
                "Thèmes",
                String.join(", ", themes.stream().map(Questionnaire::titleFr).toList()),
                ""));
        rows.add(line(
                "Comment remplir",
                "Chaque thème a sa feuille (onglets en bas de la fenêtre). Répondez dans la colonne « Réponse »,"
                        + " une question par ligne ; choisissez dans la liste quand elle est proposée. Écrivez NC"
                        + " quand l’information n’est pas connue (non communiqué), et laissez vide ce que vous"
                        + " ne savez pas encore. Ne changez ni l’ordre des lignes ni le nom des feuilles.",
                ""));
        rows.add(line(
                "Comment le renvoyer",
                "Enregistrez le fichier sans changer son format (ODS ou XLSX), puis renvoyez-le à votre contact"
                        + " du recensement à " + cover.territoryName()
                        + ", qui l’importera : vous verrez vos réponses dans l’application.",
                ""));
        rows.add(line("Commentaire (facultatif)", comment == null ? "" : comment, KEY_COMMENT));
        return new SheetContent(COVER, rows, List.of(), false, List.of(28, 90, 10), Set.of(2));
    }

    private static List<GridCell> line(String label, String value, String key) {
        return List.of(GridCell.text(label), GridCell.text(value), GridCell.text(key));
    }

    private static SheetContent theme(String name, Questionnaire q, @Nullable ImportedResponse response) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(
                GridCell.text("Question"),
                GridCell.text(ANSWER_HEADER),
                GridCell.text("Unité"),
                GridCell.text("Aide"),
                GridCell.text(CODE_HEADER)));
        List<ColumnChoices> choices = new ArrayList<>();
        for (Question question : q.questions()) {
            Indicator indicator = q.indicatorOf(question);
            AnswerValue value = response == null ? null : response.answers().get(question.code());
            String label = question.labelFr() + (question.required() ? " (obligatoire)" : "");
            rows.add(List.of(
                    GridCell.text(label),
                    cell(indicator, value),
                    GridCell.text(indicator.unit()),
                    GridCell.text(help(question, indicator)),
                    GridCell.text(question.code())));
            List<String> labels = FrenchLabels.labels(indicator, question.allowsNc());
            if (!labels.isEmpty()) {
                choices.add(ColumnChoices.cell(rows.size() - 1, ANSWER, "Réponse", question.labelFr(), labels));
            }
        }
        return new SheetContent(name, rows, choices, false, List.of(60, 24, 12, 60, 12), Set.of(CODE));
    }

    private static GridCell cell(Indicator indicator, @Nullable AnswerValue value) {
        if (value == null) {
            return GridCell.text("");
        }
        if (value instanceof AnswerValue.Numeric n) {
            return GridCell.number(n.value());
        }
        return GridCell.text(FrenchLabels.label(indicator, value.display()));
    }

    /** The question's help, then what the answer may be, in plain French. */
    private static String help(Question question, Indicator indicator) {
        String expected = switch (indicator.aggregation()) {
            case COUNT, SHARE, RANK -> "Un nombre entier.";
            case AMOUNT, MEAN_VALUE -> question.integer() ? "Un nombre entier." : "Un nombre.";
            case YES_NO, CHOICE -> "Choisissez dans la liste.";
            case TEXT -> "Un texte libre.";
            default -> "Une date, jj/mm/aaaa.";
        };
        String nc = question.allowsNc() ? " NC si l’information n’est pas connue." : "";
        // The catalogue's help of a choice lists the stored codes (« daily (chaque jour)… »): the
        // drop-down says it in French instead.
        boolean codes = indicator.aggregation() == org.mutualis.shared.Aggregation.CHOICE
                && question.helpFr().strip().startsWith("Réponses possibles");
        String help =
                question.helpFr().isBlank() || codes ? "" : question.helpFr().strip() + " ";
        if (indicator.aggregation() == org.mutualis.shared.Aggregation.CHOICE) {
            expected = "Choisissez dans la liste : " + String.join(", ", FrenchLabels.labels(indicator, false)) + ".";
        }
        return help + expected + nc;
    }

    /** The theme's French title as a sheet name: at most 31 characters, none that sheets refuse, unique. */
    static String sheetName(Questionnaire q, Set<String> taken) {
        String base = q.titleFr()
                .replace('\'', '’')
                .replaceAll("[\\[\\]:*?/\\\\]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (base.isEmpty()) {
            base = q.theme();
        }
        if (base.length() > MAX_SHEET_NAME) {
            base = base.substring(0, MAX_SHEET_NAME).strip();
        }
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " " + i;
            name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return name;
    }
}
