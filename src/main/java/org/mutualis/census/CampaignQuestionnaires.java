package org.mutualis.census;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.questionnaire.Questionnaires;
import org.mutualis.questionnaire.RenewalDef;
import org.mutualis.questionnaire.ShareGroupDef;

/**
 * The questionnaire a campaign runs: its themes' questionnaires side by side. Question codes are
 * unique across themes, so one response holds the answers of all the campaign's themes and the
 * form, the files and the synthesis read them as one questionnaire.
 */
final class CampaignQuestionnaires {

    private CampaignQuestionnaires() {}

    static List<Questionnaire> parts(List<ThemeVersion> themes, Questionnaires questionnaires) {
        return themes.stream()
                .map(t -> questionnaires.load(t.theme(), t.version()))
                .toList();
    }

    static Questionnaire merged(List<Questionnaire> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        Map<String, ShareGroupDef> groups = new LinkedHashMap<>();
        Map<String, RenewalDef> renewals = new LinkedHashMap<>();
        int offset = 0;
        for (Questionnaire part : parts) {
            for (Question q : part.questions()) {
                // Positions follow the themes' order, so forms and files list theme after theme.
                questions.add(new Question(
                        q.code(),
                        q.indicatorCode(),
                        offset + q.position(),
                        q.labelFr(),
                        q.labelEn(),
                        q.helpFr(),
                        q.required(),
                        q.allowsNc(),
                        q.min(),
                        q.max(),
                        q.integer(),
                        q.maxLength()));
            }
            offset +=
                    part.questions().stream().mapToInt(Question::position).max().orElse(0);
            part.indicators().forEach(i -> indicators.putIfAbsent(i.code(), i));
            part.shareGroups().forEach(g -> groups.putIfAbsent(g.code(), g));
            part.renewals().forEach(r -> renewals.putIfAbsent(r.code(), r));
        }
        String theme = parts.stream().map(Questionnaire::theme).collect(Collectors.joining("+"));
        String titleFr = parts.stream().map(Questionnaire::titleFr).collect(Collectors.joining(" ; "));
        String titleEn = parts.stream().map(Questionnaire::titleEn).collect(Collectors.joining("; "));
        return new Questionnaire(
                theme,
                1,
                titleFr,
                titleEn,
                questions,
                List.copyOf(indicators.values()),
                List.copyOf(groups.values()),
                List.copyOf(renewals.values()));
    }
}
