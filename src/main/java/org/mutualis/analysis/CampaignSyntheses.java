package org.mutualis.analysis;

import java.util.List;
import org.mutualis.analysis.domain.AnalysisUnit;
import org.mutualis.analysis.domain.Exclusion;
import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.analysis.domain.SynthesisEngine;
import org.mutualis.census.CampaignData;
import org.mutualis.census.Campaigns;
import org.springframework.stereotype.Service;

/**
 * A campaign's synthesis, computed afresh from the stored answers, so that a corrected answer or
 * a new exclusion shows at once in every figure.
 */
@Service
public class CampaignSyntheses {

    private final Campaigns campaigns;

    CampaignSyntheses(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    public CampaignSynthesis of(long campaignId) {
        CampaignData data = campaigns.data(campaignId);
        // Communes déléguées keep their old answers but are no longer communes of the strata.
        List<AnalysisUnit> units = data.collectivities().stream()
                .filter(c -> !c.merged())
                .map(c -> new AnalysisUnit(c.code(), c.name(), c.kind(), c.population()))
                .toList();
        List<Exclusion> exclusions = data.exclusions().stream()
                .map(e -> new Exclusion(e.collectivityCode(), e.indicatorCode(), e.reason()))
                .toList();
        // Figures are labelled in the reader's language; French unless they asked for English.
        boolean english = "en"
                        .equals(org.springframework.context.i18n.LocaleContextHolder.getLocale()
                                .getLanguage())
                && org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() != null;
        Synthesis synthesis = SynthesisEngine.synthesise(SynthesisRequests.of(
                data.questionnaire(), units, data.answers(), data.campaign().bands(), exclusions, english));
        return new CampaignSynthesis(data, synthesis);
    }
}
