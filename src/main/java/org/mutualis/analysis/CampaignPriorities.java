package org.mutualis.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutualis.analysis.domain.Priorities;
import org.mutualis.analysis.domain.PriorityResult;
import org.mutualis.census.CampaignData;
import org.mutualis.census.Campaigns;
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

    private final Campaigns campaigns;

    CampaignPriorities(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    public record Ranking(List<Question> objectives, PriorityResult result) {}

    public Ranking of(long campaignId) {
        CampaignData data = campaigns.data(campaignId);
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
        return new Ranking(objectives, codes.isEmpty() ? null : Priorities.rank(codes, ranks, names));
    }
}
