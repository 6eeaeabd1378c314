package org.mutualis.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.domain.Priorities;
import org.mutualis.analysis.domain.PriorityResult;
import org.mutualis.analysis.domain.Redaction;
import org.mutualis.census.CampaignData;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.Question;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;
import org.springframework.stereotype.Service;

/**
 * The objectives the collectivités ranked (the RANK questions of a campaign), aggregated by mean
 * rank and by Borda count. A collectivité that answered but ranked nothing is not a ranker.
 */
@Service
public class CampaignPriorities {

    private final CampaignSyntheses syntheses;

    CampaignPriorities(CampaignSyntheses syntheses) {
        this.syntheses = syntheses;
    }

    /**
     * The ranking as one reader may see it.
     *
     * @param result null when the campaign ranks no objective
     * @param details whether the figures carry their formulas and every collectivité's ranks
     */
    public record Ranking(
            List<Question> objectives, @Nullable PriorityResult result, boolean details) {}

    /**
     * The priorities as this reader may see them: a correspondent of a territory whose answers are
     * confidential gets each figure under the statistical secret with their own ranks only
     * ({@link Redaction#priorities}). Another territory's campaign is not found.
     */
    public Ranking of(long campaignId, CurrentUser reader) {
        CampaignData data = syntheses.of(campaignId, reader).data();
        List<Question> objectives = data.questionnaire().questions().stream()
                .filter(q -> data.questionnaire().indicatorOf(q).aggregation() == Aggregation.RANK)
                .toList();
        List<String> codes = objectives.stream().map(Question::code).toList();
        Map<String, Map<String, Integer>> ranks = new LinkedHashMap<>();
        data.answers().forEach((collectivity, answers) -> {
            Map<String, Integer> ranked = new LinkedHashMap<>();
            for (String code : codes) {
                if (answers.get(code) instanceof AnswerValue.Numeric n) {
                    ranked.put(code, n.value().intValueExact());
                }
            }
            ranks.put(collectivity, ranked);
        });
        Map<String, String> names = new LinkedHashMap<>();
        data.collectivities().forEach(c -> names.put(c.code(), c.name()));
        PriorityResult result = codes.isEmpty() ? null : Priorities.rank(codes, ranks, names);
        boolean details = syntheses.seesEveryAnswer(reader, data);
        if (result != null && !details) {
            result = Redaction.priorities(result, CampaignSyntheses.ownCode(reader, data));
        }
        return new Ranking(objectives, result, details);
    }
}
