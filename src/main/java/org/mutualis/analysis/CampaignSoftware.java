package org.mutualis.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.domain.CoverageMatrix;
import org.mutualis.analysis.domain.Redaction;
import org.mutualis.analysis.domain.SoftwareAnswer;
import org.mutualis.analysis.domain.SoftwareCoverage;
import org.mutualis.census.CampaignData;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.Question;
import org.mutualis.shared.AnswerValue;
import org.springframework.stereotype.Service;

/**
 * The software coverage matrix of a campaign: for each functional domain asked
 * ({@code sw_<domain>_publisher}), the publisher each collectivité uses.
 */
@Service
public class CampaignSoftware {

    private static final String PREFIX = "sw_";
    private static final String PUBLISHER = "_publisher";
    private static final String PRODUCT = "_product";

    private final CampaignSyntheses syntheses;

    CampaignSoftware(CampaignSyntheses syntheses) {
        this.syntheses = syntheses;
    }

    /**
     * The matrix, and each domain's label; the matrix is null when no domain is asked.
     *
     * @param details whether the reader sees who uses what (the matrix and the collectivités'
     *     names); a correspondent sees the publishers and how many collectivités use each
     */
    public record Coverage(
            Map<String, String> domainLabels,
            Map<String, String> collectivities,
            @Nullable SoftwareCoverage matrix,
            @JsonIgnore boolean details) {}

    /** The coverage as this reader may see it. Another territory's campaign is not found. */
    public Coverage of(long campaignId, CurrentUser reader) {
        CampaignData data = syntheses.of(campaignId, reader).data();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Question q : data.questionnaire().questions()) {
            if (q.code().startsWith(PREFIX) && q.code().endsWith(PUBLISHER)) {
                String domain = q.code().substring(PREFIX.length(), q.code().length() - PUBLISHER.length());
                int colon = q.labelFr().lastIndexOf(':');
                labels.put(
                        domain,
                        colon < 0 ? domain : q.labelFr().substring(colon + 1).strip());
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        data.collectivities().stream()
                .filter(c -> data.answers().containsKey(c.code()))
                .forEach(c -> names.put(c.code(), c.name()));
        Map<String, Map<String, SoftwareAnswer>> answers = new LinkedHashMap<>();
        names.keySet().forEach(code -> {
            Map<String, AnswerValue> given = data.answers().get(code);
            Map<String, SoftwareAnswer> byDomain = new LinkedHashMap<>();
            labels.keySet().forEach(domain -> {
                AnswerValue publisher = given.get(PREFIX + domain + PUBLISHER);
                AnswerValue product = given.get(PREFIX + domain + PRODUCT);
                if (publisher != null) {
                    byDomain.put(
                            domain,
                            new SoftwareAnswer(publisher.display(), product == null ? null : product.display()));
                }
            });
            answers.put(code, byDomain);
        });
        SoftwareCoverage matrix =
                labels.isEmpty() ? null : CoverageMatrix.of(List.copyOf(labels.keySet()), names, answers);
        if (!syntheses.seesEveryAnswer(reader, data)) {
            return new Coverage(
                    labels,
                    Map.of(),
                    matrix == null ? null : Redaction.software(matrix, CampaignSyntheses.ownCode(reader, data)),
                    false);
        }
        return new Coverage(labels, names, matrix, true);
    }
}
