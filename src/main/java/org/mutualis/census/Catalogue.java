package org.mutualis.census;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVRecord;

/**
 * The census catalogue: indicators, share groups, renewal forecasts and questionnaire versions,
 * loaded from the CSV files under {@code census/} on the classpath. Loading checks the files'
 * consistency and fails fast, so a bad catalogue row breaks the build rather than an import.
 */
public final class Catalogue {

    public static final String INFRASTRUCTURE = "infrastructure";

    private static final Map<String, Questionnaire> CACHE = new ConcurrentHashMap<>();

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
    public static Questionnaire load(String theme, int version) {
        return CACHE.computeIfAbsent(theme + "-v" + version, key -> read(theme, version));
    }

    private static Questionnaire read(String theme, int version) {
        CSVRecord header = CatalogueFiles.questionnaireIndex().stream()
                .filter(r -> r.get("theme").equals(theme) && Integer.parseInt(r.get("version")) == version)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown questionnaire " + theme + " v" + version));
        List<Indicator> all = indicators();
        List<Question> questions = CatalogueFiles.questions(theme, version).stream()
                .map(r -> QuestionRows.question(r, all))
                .toList();
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
        Questionnaire q = new Questionnaire(
                theme,
                version,
                header.get("title_fr"),
                header.get("title_en"),
                questions,
                indicators,
                groups,
                renewals);
        CatalogueChecks.check(q, all, shareGroups(), renewals());
        return q;
    }
}
