package org.mutualis.questionnaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.mutualis.questionnaire.domain.CatalogueChecks;
import org.mutualis.questionnaire.persistence.CatalogueFiles;
import org.mutualis.questionnaire.persistence.QuestionRows;

/**
 * The census catalogue: indicators, share groups, renewal forecasts and questionnaire versions,
 * loaded from the CSV files under {@code census/} on the classpath. Loading checks the files'
 * consistency and fails fast, so a bad catalogue row breaks the build rather than an import.
 *
 * <p>The four themes of the 2012 study are {@link #INFRASTRUCTURE}, {@link #TELECOM}, {@link
 * #PRINTING} and {@link #SOFTWARE}. Question codes are unique across themes, so that the answers of
 * a campaign running several themes share one namespace.
 */
public final class Catalogue {

    public static final String INFRASTRUCTURE = "infrastructure";
    public static final String TELECOM = "telecom";
    public static final String PRINTING = "printing";
    public static final String SOFTWARE = "software";

    /**
     * A theme of the catalogue and its versions.
     *
     * @param theme the theme code ({@code telecom})
     * @param latestVersion the highest version, the one a new campaign runs by default
     * @param titleFr the title of the latest version
     * @param versions every published version, ascending
     */
    public record Theme(String theme, int latestVersion, String titleFr, String titleEn, List<Integer> versions) {

        public Theme {
            versions = List.copyOf(versions);
        }
    }

    private static volatile Map<String, Questionnaire> questionnaires;

    private Catalogue() {}

    /** The Infrastructure &amp; Réseaux questionnaire, version 1 (the 2012 study's columns). */
    public static Questionnaire infrastructure() {
        return load(INFRASTRUCTURE, 1);
    }

    /** The whole catalogue, read once: the files are on the classpath and never change at run time. */
    private static final class All {
        static final List<Indicator> INDICATORS = CatalogueFiles.indicators();
        static final List<ShareGroupDef> SHARE_GROUPS = CatalogueFiles.shareGroups();
        static final List<RenewalDef> RENEWALS = CatalogueFiles.renewals();
        static final List<Condition> CONDITIONS = CatalogueFiles.conditions();
        static final List<Section> SECTIONS = CatalogueFiles.sections();
    }

    /** The sections that cut a theme into steps of the answer form. */
    public static List<Section> sections() {
        return All.SECTIONS;
    }

    /** The skip logic: questions shown only if another answer makes them relevant. */
    public static List<Condition> conditions() {
        return All.CONDITIONS;
    }

    /** All indicators, including those no questionnaire version asks yet. */
    public static List<Indicator> indicators() {
        return All.INDICATORS;
    }

    public static List<ShareGroupDef> shareGroups() {
        return All.SHARE_GROUPS;
    }

    public static List<RenewalDef> renewals() {
        return All.RENEWALS;
    }

    /**
     * @throws IllegalArgumentException if no such questionnaire is declared
     * @throws IllegalStateException if the catalogue files are inconsistent
     */
    /** The French title of a theme of the catalogue ({@code Infrastructure & Réseaux}), if the theme exists. */
    public static java.util.Optional<String> themeTitle(String theme) {
        return CatalogueFiles.questionnaireIndex().stream()
                .filter(r -> r.get("theme").equals(theme))
                .map(r -> r.get("title_fr"))
                .findFirst();
    }

    public static Questionnaire load(String theme, int version) {
        Questionnaire q = questionnaires().get(key(theme, version));
        if (q == null) {
            throw new IllegalArgumentException("Unknown questionnaire " + theme + " v" + version);
        }
        return q;
    }

    /**
     * The highest version of a theme.
     *
     * @throws IllegalArgumentException if the theme is unknown
     */
    public static Questionnaire latest(String theme) {
        Theme t = themes().stream()
                .filter(candidate -> candidate.theme().equals(theme))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown questionnaire theme " + theme));
        return load(theme, t.latestVersion());
    }

    /** The themes in the order of {@code questionnaires.csv}: the study's order. */
    public static List<Theme> themes() {
        Map<String, List<Questionnaire>> byTheme = new LinkedHashMap<>();
        questionnaires()
                .values()
                .forEach(q -> byTheme.computeIfAbsent(q.theme(), t -> new ArrayList<>())
                        .add(q));
        return byTheme.entrySet().stream()
                .map(e -> {
                    List<Questionnaire> versions = e.getValue().stream()
                            .sorted(Comparator.comparingInt(Questionnaire::version))
                            .toList();
                    Questionnaire latest = versions.get(versions.size() - 1);
                    return new Theme(
                            e.getKey(),
                            latest.version(),
                            latest.titleFr(),
                            latest.titleEn(),
                            versions.stream().map(Questionnaire::version).toList());
                })
                .toList();
    }

    /** Every questionnaire version, read and checked together the first time one is asked for. */
    private static Map<String, Questionnaire> questionnaires() {
        Map<String, Questionnaire> all = questionnaires;
        if (all == null) {
            synchronized (Catalogue.class) {
                all = questionnaires;
                if (all == null) {
                    all = readAll();
                    questionnaires = all;
                }
            }
        }
        return all;
    }

    private static Map<String, Questionnaire> readAll() {
        Map<String, Questionnaire> all = new LinkedHashMap<>();
        for (CSVRecord row : CatalogueFiles.questionnaireIndex()) {
            String theme = row.get("theme");
            int version = Integer.parseInt(row.get("version"));
            Questionnaire q;
            try {
                q = read(theme, version, row);
            } catch (IllegalArgumentException e) {
                // A declared version whose file is missing is a broken catalogue, not an unknown name.
                throw new IllegalStateException("Census catalogue: " + e.getMessage(), e);
            }
            if (all.put(key(theme, version), q) != null) {
                throw new IllegalStateException(
                        "Census catalogue: questionnaire " + theme + " v" + version + " declared twice");
            }
        }
        CatalogueChecks.checkAcrossVersions(List.copyOf(all.values()));
        return Collections.unmodifiableMap(all);
    }

    private static String key(String theme, int version) {
        return theme + "-v" + version;
    }

    private static Questionnaire read(String theme, int version, CSVRecord header) {
        List<Indicator> all = indicators();
        List<Question> questions = CatalogueFiles.questions(theme, version).stream()
                .map(r -> QuestionRows.question(r, all))
                .toList();
        return assemble(theme, version, header.get("title_fr"), header.get("title_en"), questions, true);
    }

    /** The built-in version, if the classpath catalogue declares it. */
    static java.util.Optional<Questionnaire> builtIn(String theme, int version) {
        return java.util.Optional.ofNullable(questionnaires().get(key(theme, version)));
    }

    /** Every built-in version, in the order of {@code questionnaires.csv}. */
    static List<Questionnaire> builtIns() {
        return List.copyOf(questionnaires().values());
    }

    /**
     * A questionnaire version from its questions, with the share groups, renewals and indicators
     * they bring along; checked against the catalogue's rules when {@code check} (a draft being
     * written is shown before it passes them).
     *
     * @throws IllegalStateException if checked and a rule is broken
     */
    static Questionnaire assemble(
            String theme, int version, String titleFr, String titleEn, List<Question> questions, boolean check) {
        List<Indicator> all = indicators();
        Set<String> used = new LinkedHashSet<>();
        questions.forEach(q -> used.add(q.indicatorCode()));
        List<ShareGroupDef> groups = shareGroups().stream()
                .filter(g -> all.stream().anyMatch(i -> g.code().equals(i.shareGroup()) && used.contains(i.code())))
                .toList();
        List<RenewalDef> renewals = renewals().stream()
                .filter(r -> used.contains(r.countIndicator()) && used.contains(r.lifespanIndicator()))
                .toList();
        // Indicators referred to by what is asked are part of the questionnaire's view too.
        Set<String> referred = new LinkedHashSet<>(used);
        groups.forEach(g -> referred.addAll(g.deviceIndicators()));
        all.stream()
                .filter(i -> used.contains(i.code()) && i.weightIndicator() != null)
                .forEach(i -> referred.add(i.weightIndicator()));
        List<Indicator> indicators =
                all.stream().filter(i -> referred.contains(i.code())).toList();
        Questionnaire q = new Questionnaire(theme, version, titleFr, titleEn, questions, indicators, groups, renewals);
        if (check) {
            CatalogueChecks.check(q, all, shareGroups(), renewals());
        }
        return q;
    }
}
