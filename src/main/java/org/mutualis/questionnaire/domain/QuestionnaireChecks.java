package org.mutualis.questionnaire.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.questionnaire.ShareGroupDef;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.text.Text;

/**
 * Rules between the answers of one response, checked on submit after each answer passed its own
 * cell rules: what the questions say together. A rule only speaks when it can be sure: NC and
 * unanswered values never make an answer wrong.
 *
 * <ul>
 *   <li>a share group (operating systems, office suites, owned or leased printers) adds up to at
 *       most {@code maxPerDevice} × its devices;
 *   <li>the ranked questions (the study's seven objectives) give each rank once;
 *   <li>a part is not more than its whole (thin clients are counted among the desktops);
 *   <li>"no backup" goes with no backup medium and no copy kept off site.
 * </ul>
 */
public final class QuestionnaireChecks {

    /** A question counted within another: the part may not exceed the whole. */
    private record Part(String part, String whole) {}

    private static final List<Part> PARTS = List.of(new Part("thin_clients_excl_schools", "desktops_excl_schools"));

    static final String BACKUP_FREQUENCY = "backup_frequency";
    static final String NO_BACKUP = "none";
    private static final List<String> BACKUP_PRACTICES =
            List.of("backup_tape", "backup_external_disk", "backup_nas", "backup_online", "backup_offsite_copy");

    private QuestionnaireChecks() {}

    /**
     * @param answers the response's answers by question code, as the cell rules made them
     * @return the problems by question code, in question order; empty when the answers agree
     */
    public static Map<String, Text> check(Questionnaire q, Map<String, AnswerValue> answers) {
        Map<String, Text> problems = new HashMap<>();
        for (ShareGroupDef group : q.shareGroups()) {
            shareGroup(q, group, answers, problems);
        }
        ranks(q, answers, problems);
        for (Part part : PARTS) {
            part(q, part, answers, problems);
        }
        backup(q, answers, problems);
        Map<String, Text> ordered = new LinkedHashMap<>();
        q.questions().stream()
                .filter(question -> problems.containsKey(question.code()))
                .forEach(question -> ordered.put(question.code(), problems.get(question.code())));
        return Collections.unmodifiableMap(ordered);
    }

    /**
     * The numeric members add up to at most maxPerDevice × the devices. Checked only when every
     * device count is a number; NC or unanswered members are left out of the sum, which is then a
     * lower bound (answers are never negative), so the rule never refuses answers that could agree.
     * The message goes on the group's first question.
     */
    private static void shareGroup(
            Questionnaire q, ShareGroupDef group, Map<String, AnswerValue> answers, Map<String, Text> problems) {
        List<Question> members = q.questions().stream()
                .filter(question -> group.code().equals(q.indicatorOf(question).shareGroup()))
                .toList();
        if (members.isEmpty()) {
            return;
        }
        BigDecimal devices = BigDecimal.ZERO;
        List<String> deviceLabels = new ArrayList<>();
        List<String> deviceLabelsEn = new ArrayList<>();
        for (String indicator : group.deviceIndicators()) {
            Optional<Question> asked = q.questions().stream()
                    .filter(question -> question.indicatorCode().equals(indicator))
                    .findFirst();
            BigDecimal count =
                    asked.map(question -> number(answers, question.code())).orElse(null);
            if (count == null) {
                return;
            }
            devices = devices.add(count);
            deviceLabels.add(q.indicator(indicator).map(Indicator::labelFr).orElse(indicator));
            deviceLabelsEn.add(q.indicator(indicator).map(Indicator::labelEn).orElse(indicator));
        }
        BigDecimal sum = null;
        for (Question member : members) {
            BigDecimal value = number(answers, member.code());
            if (value != null) {
                sum = sum == null ? value : sum.add(value);
            }
        }
        BigDecimal max = devices.multiply(BigDecimal.valueOf(group.maxPerDevice()));
        if (sum == null || sum.compareTo(max) <= 0) {
            return;
        }
        Text groupLabel = Text.bilingual(group.labelFr(), group.labelEn());
        Text labels = Text.bilingual(String.join(" + ", deviceLabels), String.join(" + ", deviceLabelsEn));
        Text message = group.maxPerDevice() == 1
                ? Text.of("questionnaire.check.group.once", groupLabel, plain(sum), plain(devices), labels)
                : Text.of(
                        "questionnaire.check.group.times",
                        groupLabel,
                        plain(sum),
                        String.valueOf(group.maxPerDevice()),
                        plain(devices),
                        labels,
                        plain(max));
        add(problems, members.get(0).code(), message);
    }

    /** The RANK questions of a questionnaire rank the same items: each rank is given once. */
    private static void ranks(Questionnaire q, Map<String, AnswerValue> answers, Map<String, Text> problems) {
        Map<BigDecimal, Question> firstWithRank = new HashMap<>();
        for (Question question : q.questions()) {
            if (q.indicatorOf(question).aggregation() != Aggregation.RANK) {
                continue;
            }
            BigDecimal rank = number(answers, question.code());
            if (rank == null) {
                continue;
            }
            Question first = firstWithRank.putIfAbsent(rank.stripTrailingZeros(), question);
            if (first != null) {
                add(
                        problems,
                        question.code(),
                        Text.of(
                                "questionnaire.check.rank",
                                plain(rank),
                                Text.bilingual(
                                        q.indicatorOf(first).labelFr(),
                                        q.indicatorOf(first).labelEn())));
            }
        }
    }

    private static void part(Questionnaire q, Part part, Map<String, AnswerValue> answers, Map<String, Text> problems) {
        Optional<Question> partQuestion = q.question(part.part());
        Optional<Question> wholeQuestion = q.question(part.whole());
        if (partQuestion.isEmpty() || wholeQuestion.isEmpty()) {
            return;
        }
        BigDecimal partValue = number(answers, part.part());
        BigDecimal wholeValue = number(answers, part.whole());
        if (partValue == null || wholeValue == null || partValue.compareTo(wholeValue) <= 0) {
            return;
        }
        add(
                problems,
                part.part(),
                Text.of(
                        "questionnaire.check.part",
                        Text.bilingual(
                                q.indicatorOf(partQuestion.get()).labelFr(),
                                q.indicatorOf(partQuestion.get()).labelEn()),
                        plain(partValue),
                        Text.bilingual(
                                q.indicatorOf(wholeQuestion.get()).labelFr(),
                                q.indicatorOf(wholeQuestion.get()).labelEn()),
                        plain(wholeValue)));
    }

    private static void backup(Questionnaire q, Map<String, AnswerValue> answers, Map<String, Text> problems) {
        if (q.question(BACKUP_FREQUENCY).isEmpty()
                || !(answers.get(BACKUP_FREQUENCY) instanceof AnswerValue.Text frequency)
                || !frequency.value().equals(NO_BACKUP)) {
            return;
        }
        List<String> practisedEn = BACKUP_PRACTICES.stream()
                .filter(code -> q.question(code).isPresent())
                .filter(code -> answers.get(code) instanceof AnswerValue.Text t
                        && t.value().equals("oui"))
                .map(code -> "“" + q.indicatorOf(q.question(code).orElseThrow()).labelEn() + "”")
                .toList();
        List<String> practised = BACKUP_PRACTICES.stream()
                .filter(code -> q.question(code).isPresent())
                .filter(code -> answers.get(code) instanceof AnswerValue.Text t
                        && t.value().equals("oui"))
                .map(code ->
                        "« " + q.indicatorOf(q.question(code).orElseThrow()).labelFr() + " »")
                .toList();
        if (!practised.isEmpty()) {
            add(
                    problems,
                    BACKUP_FREQUENCY,
                    Text.of(
                            "questionnaire.check.backup",
                            Text.bilingual(String.join(", ", practised), String.join(", ", practisedEn))));
        }
    }

    private static @Nullable BigDecimal number(Map<String, AnswerValue> answers, String code) {
        return answers.get(code) instanceof AnswerValue.Numeric n ? n.value() : null;
    }

    private static void add(Map<String, Text> problems, String code, Text message) {
        problems.merge(code, message, (a, b) -> Text.of("text.two", a, b));
    }

    private static String plain(BigDecimal value) {
        return AnswerCells.canonical(value).toPlainString();
    }
}
