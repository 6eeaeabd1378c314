package org.mutualis.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.domain.CatalogueChecks;
import org.mutualis.questionnaire.persistence.QuestionnaireStore;
import org.mutualis.shared.error.InputLimits;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaire versions: the built-in ones of the classpath catalogue, and those an
 * administrator writes here. A stored version starts as a draft copied from the theme's latest
 * version (rewording, reordering, removing and adding questions), then is published after the
 * catalogue's consistency checks, and from then on never changes under the answers given to it.
 */
@Service
@Transactional(readOnly = true)
public class Questionnaires {

    private final QuestionnaireStore store;
    /** Published stored versions never change: read once. */
    private final Map<String, Questionnaire> published = new ConcurrentHashMap<>();

    Questionnaires(QuestionnaireStore store) {
        this.store = store;
    }

    /**
     * A version, built-in or stored (a draft too: campaigns check {@link #isPublished} first).
     *
     * @throws IllegalArgumentException if no such version exists, as {@link Catalogue#load}
     */
    public Questionnaire load(String theme, int version) {
        Optional<Questionnaire> builtIn = Catalogue.builtIn(theme, version);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Questionnaire cached = published.get(key(theme, version));
        if (cached != null) {
            return cached;
        }
        QuestionnaireStore.Header header =
                store.header(theme, version).orElseThrow(() -> new NotFoundException("questionnaire.notfound"));
        Questionnaire q = assemble(header, store.questions(theme, version), false);
        if (header.published()) {
            published.put(key(theme, version), q);
        }
        return q;
    }

    /** Whether campaigns may run this version (built-in, or stored and published). */
    public boolean isPublished(String theme, int version) {
        return Catalogue.builtIn(theme, version).isPresent()
                || store.header(theme, version)
                        .map(QuestionnaireStore.Header::published)
                        .orElse(false);
    }

    /**
     * The highest published version of a theme, the one a new campaign runs.
     *
     * @throws IllegalArgumentException if the theme is unknown
     */
    public Questionnaire latest(String theme) {
        Catalogue.Theme t = themes().stream()
                .filter(candidate -> candidate.theme().equals(theme))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("questionnaire.notfound"));
        return load(theme, t.latestVersion());
    }

    /** The themes in the study's order with their published versions, built-in and stored. */
    public List<Catalogue.Theme> themes() {
        List<QuestionnaireStore.Header> stored = store.headers();
        return Catalogue.themes().stream()
                .map(t -> {
                    List<Integer> versions = new ArrayList<>(t.versions());
                    String titleFr = t.titleFr();
                    String titleEn = t.titleEn();
                    for (QuestionnaireStore.Header h : stored) {
                        if (h.theme().equals(t.theme()) && h.published()) {
                            versions.add(h.version());
                            titleFr = h.titleFr();
                            titleEn = h.titleEn();
                        }
                    }
                    int latest =
                            versions.stream().mapToInt(Integer::intValue).max().orElseThrow();
                    return new Catalogue.Theme(t.theme(), latest, titleFr, titleEn, versions);
                })
                .toList();
    }

    /** Every version of every theme, drafts included, for the administrators. */
    public List<QuestionnaireVersion> versions(CurrentUser admin) {
        requireAdmin(admin);
        List<QuestionnaireVersion> all = new ArrayList<>();
        for (Catalogue.Theme t : Catalogue.themes()) {
            for (int v : t.versions()) {
                Questionnaire q = Catalogue.load(t.theme(), v);
                all.add(new QuestionnaireVersion(
                        t.theme(), v, q.titleFr(), q.titleEn(), q.questions().size(), true, true, null, null, null));
            }
            store.headers().stream().filter(h -> h.theme().equals(t.theme())).forEach(h -> all.add(describe(h)));
        }
        return all;
    }

    /** One version's description, for the administrators. */
    public QuestionnaireVersion version(String theme, int version, CurrentUser admin) {
        requireAdmin(admin);
        if (Catalogue.builtIn(theme, version).isPresent()) {
            Questionnaire q = Catalogue.load(theme, version);
            return new QuestionnaireVersion(
                    theme, version, q.titleFr(), q.titleEn(), q.questions().size(), true, true, null, null, null);
        }
        return describe(header(theme, version));
    }

    /** The indicators a draft may still ask: not asked by it, nor by another theme. */
    public List<Indicator> addableIndicators(String theme, int version, CurrentUser admin) {
        requireAdmin(admin);
        Questionnaire draft = load(theme, version);
        Map<String, String> themeOfIndicator = themeOfIndicators(theme, version);
        return Catalogue.indicators().stream()
                .filter(i -> draft.questions().stream()
                        .noneMatch(q -> q.indicatorCode().equals(i.code())))
                .filter(i -> theme.equals(themeOfIndicator.getOrDefault(i.code(), theme)))
                .toList();
    }

    /** A new draft, a copy of the theme's latest published version numbered one above. */
    @Transactional
    public QuestionnaireVersion draftFrom(String theme, CurrentUser admin) {
        requireAdmin(admin);
        if (Catalogue.themes().stream().noneMatch(t -> t.theme().equals(theme))) {
            throw new NotFoundException("questionnaire.theme.notfound", theme);
        }
        Optional<QuestionnaireStore.Header> draft = store.headers().stream()
                .filter(h -> h.theme().equals(theme) && !h.published())
                .findFirst();
        if (draft.isPresent()) {
            throw new RejectedException(
                    "questionnaire.draft.exists",
                    String.valueOf(draft.get().version()),
                    Text.bilingual(draft.get().titleFr(), draft.get().titleEn()));
        }
        Questionnaire latest = latest(theme);
        int version = latest.version() + 1;
        store.insert(theme, version, latest.titleFr(), latest.titleEn(), admin.username(), latest.questions());
        return describe(header(theme, version));
    }

    /** Rewords a question of a draft: its labels and its help text. */
    @Transactional
    public void reword(
            String theme, int version, String code, String labelFr, String labelEn, String helpFr, CurrentUser admin) {
        List<Question> questions = draftQuestions(theme, version, admin);
        int index = indexOf(questions, code);
        if (labelFr.isBlank() || labelEn.isBlank() || helpFr.isBlank()) {
            throw new RejectedException("questionnaire.question.labels");
        }
        checkLengths(labelFr, labelEn, helpFr);
        Question q = questions.get(index);
        questions.set(
                index,
                new Question(
                        q.code(),
                        q.indicatorCode(),
                        q.position(),
                        labelFr.strip(),
                        labelEn.strip(),
                        helpFr.strip(),
                        q.required(),
                        q.allowsNc(),
                        q.min(),
                        q.max(),
                        q.integer(),
                        q.maxLength()));
        store.replaceQuestions(theme, version, questions);
    }

    /** Moves a question of a draft one place up (towards the first) or down. */
    @Transactional
    public void move(String theme, int version, String code, boolean up, CurrentUser admin) {
        List<Question> questions = draftQuestions(theme, version, admin);
        int index = indexOf(questions, code);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= questions.size()) {
            throw new RejectedException(up ? "questionnaire.question.first" : "questionnaire.question.last");
        }
        Question moved = questions.remove(index);
        questions.add(other, moved);
        store.replaceQuestions(theme, version, questions);
    }

    /** One question of a version, for the administrators (the confirmation of its removal). */
    public Question question(String theme, int version, String code, CurrentUser admin) {
        requireAdmin(admin);
        List<Question> questions = load(theme, version).questions();
        return questions.get(indexOf(questions, code));
    }

    /** Removes a question from a draft. */
    @Transactional
    public void remove(String theme, int version, String code, CurrentUser admin) {
        List<Question> questions = draftQuestions(theme, version, admin);
        questions.remove(indexOf(questions, code));
        store.replaceQuestions(theme, version, questions);
    }

    /**
     * Adds a question to the end of a draft, bound to an indicator of the catalogue that neither
     * the draft nor another theme asks. Its code is the one the theme gave that indicator before,
     * or the indicator's code; empty labels take the indicator's.
     */
    @Transactional
    public Question add(
            String theme,
            int version,
            String indicatorCode,
            String labelFr,
            String labelEn,
            String helpFr,
            boolean required,
            boolean allowsNc,
            CurrentUser admin) {
        List<Question> questions = draftQuestions(theme, version, admin);
        Indicator indicator = Catalogue.indicators().stream()
                .filter(i -> i.code().equals(indicatorCode))
                .findFirst()
                .orElseThrow(() -> new RejectedException("questionnaire.indicator.unknown", indicatorCode));
        if (questions.stream().anyMatch(q -> q.indicatorCode().equals(indicatorCode))) {
            throw new RejectedException("questionnaire.indicator.asked", indicatorCode);
        }
        String otherTheme = themeOfIndicators(theme, version).get(indicatorCode);
        if (otherTheme != null && !otherTheme.equals(theme)) {
            throw new RejectedException("questionnaire.indicator.otherTheme", indicatorCode, otherTheme);
        }
        if (helpFr.isBlank()) {
            throw new RejectedException("questionnaire.question.help");
        }
        checkLengths(labelFr, labelEn, helpFr);
        String code = codeOf(theme, indicatorCode);
        if (questions.stream().anyMatch(q -> q.code().equals(code))) {
            throw new RejectedException("questionnaire.question.code", code);
        }
        // Numbers are never negative in the census; ranks go from 1 to the number of ranked questions.
        BigDecimal min = indicator.numeric() ? BigDecimal.ZERO : null;
        Question added = new Question(
                code,
                indicatorCode,
                questions.size() + 1,
                labelFr.isBlank() ? indicator.labelFr() : labelFr.strip(),
                labelEn.isBlank() ? indicator.labelEn() : labelEn.strip(),
                helpFr.strip(),
                required,
                allowsNc,
                min,
                null,
                indicator.integer());
        questions.add(added);
        store.replaceQuestions(theme, version, questions);
        return added;
    }

    /** What {@code questionnaire_question} keeps: labels of 500 characters, help of 2,000. */
    private static void checkLengths(String labelFr, String labelEn, String helpFr) {
        InputLimits.of()
                .text("labelFr", "questionnaires.labelfr", labelFr, LABEL_LENGTH)
                .text("labelEn", "questionnaires.labelen", labelEn, LABEL_LENGTH)
                .text("helpFr", "questionnaires.help", helpFr, HELP_LENGTH)
                .check();
    }

    static final int LABEL_LENGTH = 500;
    static final int HELP_LENGTH = 2000;

    /** Checks a draft like the built-in catalogue, then freezes it: campaigns may now run it. */
    @Transactional
    public QuestionnaireVersion publish(String theme, int version, CurrentUser admin) {
        List<Question> questions = draftQuestions(theme, version, admin);
        if (questions.isEmpty()) {
            throw new RejectedException("questionnaire.publish.empty");
        }
        QuestionnaireStore.Header header = header(theme, version);
        Questionnaire q;
        try {
            q = assemble(header, questions, true);
            List<Questionnaire> all = new ArrayList<>(Catalogue.builtIns());
            store.headers().stream()
                    .filter(QuestionnaireStore.Header::published)
                    .forEach(h -> all.add(load(h.theme(), h.version())));
            all.add(q);
            CatalogueChecks.checkAcrossVersions(all);
        } catch (IllegalStateException e) {
            throw new RejectedException(
                    "questionnaire.publish.checks",
                    String.valueOf(version),
                    String.valueOf(e.getMessage()).replaceFirst("^Census catalogue: ", ""));
        }
        if (!store.publish(theme, version)) {
            throw frozen(header);
        }
        return describe(header(theme, version));
    }

    private List<Question> draftQuestions(String theme, int version, CurrentUser admin) {
        requireAdmin(admin);
        if (Catalogue.builtIn(theme, version).isPresent()) {
            throw new RejectedException(
                    "questionnaire.version.frozen",
                    String.valueOf(version),
                    Text.bilingual(
                            Catalogue.load(theme, version).titleFr(),
                            Catalogue.load(theme, version).titleEn()));
        }
        QuestionnaireStore.Header header = header(theme, version);
        if (header.published()) {
            throw frozen(header);
        }
        return new ArrayList<>(store.questions(theme, version));
    }

    private static RejectedException frozen(QuestionnaireStore.Header header) {
        return new RejectedException(
                "questionnaire.version.frozen",
                String.valueOf(header.version()),
                Text.bilingual(header.titleFr(), header.titleEn()));
    }

    private QuestionnaireStore.Header header(String theme, int version) {
        return store.header(theme, version)
                .orElseThrow(
                        () -> new NotFoundException("questionnaire.version.notfound", theme, String.valueOf(version)));
    }

    private static int indexOf(List<Question> questions, String code) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new NotFoundException("questionnaire.question.notfound", code);
    }

    /** Which theme asks each indicator, over every version but the one being written. */
    private Map<String, String> themeOfIndicators(String theme, int except) {
        Map<String, String> themes = new LinkedHashMap<>();
        for (Questionnaire q : otherVersions(theme, except)) {
            q.questions().forEach(question -> themes.putIfAbsent(question.indicatorCode(), q.theme()));
        }
        return themes;
    }

    /** The code a theme gave an indicator in an earlier version, else the indicator's code. */
    private String codeOf(String theme, String indicatorCode) {
        return otherVersions(theme, -1).stream()
                .filter(q -> q.theme().equals(theme))
                .sorted(Comparator.comparingInt(Questionnaire::version).reversed())
                .flatMap(q -> q.questions().stream())
                .filter(q -> q.indicatorCode().equals(indicatorCode))
                .map(Question::code)
                .findFirst()
                .orElse(indicatorCode);
    }

    private List<Questionnaire> otherVersions(String theme, int except) {
        List<Questionnaire> all = new ArrayList<>(Catalogue.builtIns());
        for (QuestionnaireStore.Header h : store.headers()) {
            if (!(h.theme().equals(theme) && h.version() == except)) {
                all.add(load(h.theme(), h.version()));
            }
        }
        return all;
    }

    private QuestionnaireVersion describe(QuestionnaireStore.Header h) {
        return new QuestionnaireVersion(
                h.theme(),
                h.version(),
                h.titleFr(),
                h.titleEn(),
                store.questions(h.theme(), h.version()).size(),
                false,
                h.published(),
                h.createdBy(),
                h.createdAt(),
                h.publishedAt());
    }

    private static Questionnaire assemble(QuestionnaireStore.Header h, List<Question> questions, boolean check) {
        return Catalogue.assemble(h.theme(), h.version(), h.titleFr(), h.titleEn(), questions, check);
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdministrator()) {
            throw new AccessDeniedException("administrators only");
        }
    }

    private static String key(String theme, int version) {
        return theme + "-v" + version;
    }
}
