package org.mutualis.census.files;

import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.GUERLESQUIN;
import static org.mutualis.StudyCodes.LOCQUIREC;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.StudyCodes.SAINT_MARTIN_DES_CHAMPS;
import static org.mutualis.StudyCodes.TAULE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportedResponse;
import org.mutualis.census.Workbooks;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;

/** Themes, answers and in-memory workbooks for the workbook tests. */
final class WorkbookFixtures {

    static final Questionnaire INFRA = Catalogue.infrastructure();

    static final Set<String> CODES = Set.of(
            BOTSORHEL,
            LOCQUIREC,
            GUERLESQUIN,
            TAULE,
            PLOUGONVEN,
            SAINT_MARTIN_DES_CHAMPS,
            EPCI_SIREN,
            MORLAIX,
            "29001");

    static final Map<String, String> NAMES = Map.of(BOTSORHEL, "Botsorhel", MORLAIX, "Morlaix");

    private WorkbookFixtures() {}

    /** The catalogue's Télécom questionnaire: choices, yes/no, counts, amounts, dates. */
    static Questionnaire telecom() {
        return Catalogue.load("telecom", 1);
    }

    static Indicator indicator(String code, Aggregation aggregation, List<String> choices) {
        return new Indicator(
                code, "Libellé " + code, "Label " + code, "", aggregation, null, null, null, null, choices);
    }

    /** A questionnaire asking one question per indicator, the first one required. */
    static Questionnaire theme(String theme, int version, List<Indicator> indicators) {
        List<Question> questions = new java.util.ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            questions.add(new Question(
                    indicator.code(),
                    indicator.code(),
                    i + 1,
                    indicator.labelFr(),
                    indicator.labelEn(),
                    "Aide " + indicator.code(),
                    i == 0,
                    true,
                    indicator.numeric() ? BigDecimal.ZERO : null,
                    null,
                    indicator.integer()));
        }
        return new Questionnaire(
                theme, version, "Thème " + theme, "Theme " + theme, questions, indicators, List.of(), List.of());
    }

    /** The 2012 respondents' Infrastructure answers, with their comments. */
    static List<ImportedResponse> infrastructure2012() {
        InputStream in = WorkbookFixtures.class.getClassLoader().getResourceAsStream("census/infrastructure-2012.csv");
        return AnswerFileReader.read(in, AnswerFileFormat.CSV, INFRA, CODES).responses();
    }

    /** Valid answers to every question of a theme, varied by the seed: numbers, choices, NC, no answer. */
    static Map<String, AnswerValue> answers(Questionnaire q, int seed) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        for (int i = 0; i < q.questions().size(); i++) {
            Question question = q.questions().get(i);
            if (!question.required() && (seed + i) % 7 == 3) {
                continue;
            }
            answers.put(
                    question.code(),
                    question.allowsNc() && (seed + i) % 5 == 0
                            ? AnswerValue.nc()
                            : answer(q.indicatorOf(question), question, seed + i));
        }
        return answers;
    }

    private static AnswerValue answer(Indicator indicator, Question question, int seed) {
        switch (indicator.aggregation().name()) {
            case "YES_NO":
                return new AnswerValue.Text(seed % 2 == 0 ? "oui" : "non");
            case "CHOICE":
                return new AnswerValue.Text(
                        indicator.choices().get(seed % indicator.choices().size()));
            case "TEXT":
                return new AnswerValue.Text("Réponse « libre »,  n° " + seed);
            case "DATE":
                return new AnswerValue.Text("2026-0" + (1 + seed % 9) + "-15");
            default:
                break;
        }
        BigDecimal value = question.integer() ? BigDecimal.valueOf(seed + 1L) : new BigDecimal(seed + 1 + ".25");
        if (question.max() != null && value.compareTo(question.max()) > 0) {
            value = question.max();
        }
        if (question.min() != null && value.compareTo(question.min()) < 0) {
            value = question.min();
        }
        BigDecimal canonical = value.stripTrailingZeros();
        return new AnswerValue.Numeric(canonical.scale() < 0 ? canonical.setScale(0) : canonical);
    }

    static byte[] write(AnswerFileFormat format, List<Questionnaire> themes, List<ImportedResponse> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.write(out, format, themes, rows, NAMES);
        return out.toByteArray();
    }

    static AnswersImport read(AnswerFileFormat format, byte[] bytes, List<Questionnaire> themes) {
        return Workbooks.read(new ByteArrayInputStream(bytes), format, themes, CODES);
    }

    static String odsContent(byte[] ods) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no content.xml");
    }
}
