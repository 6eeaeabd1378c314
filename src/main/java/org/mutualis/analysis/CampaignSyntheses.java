package org.mutualis.analysis;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutualis.analysis.domain.AnalysisUnit;
import org.mutualis.analysis.domain.CountResult;
import org.mutualis.analysis.domain.Exclusion;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.NotProvided;
import org.mutualis.analysis.domain.Redaction;
import org.mutualis.analysis.domain.ShareGroupResult;
import org.mutualis.analysis.domain.Stratum;
import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.analysis.domain.SynthesisEngine;
import org.mutualis.census.CampaignData;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.CollectivityView;
import org.springframework.stereotype.Service;

/**
 * A campaign's synthesis, computed afresh from the stored answers, so that a corrected answer or
 * a new exclusion shows at once in every figure. What a reader is shown of it is decided here,
 * once, for the pages and the API alike: {@link #view}, {@link #figure}, {@link #followUp}.
 */
@Service
public class CampaignSyntheses {

    private final Campaigns campaigns;
    private final TerritoryScope scope;

    CampaignSyntheses(Campaigns campaigns, TerritoryScope scope) {
        this.campaigns = campaigns;
        this.scope = scope;
    }

    /** The whole synthesis, for services that decide themselves what their reader sees. */
    public CampaignSynthesis of(long campaignId) {
        return synthesise(campaigns.data(campaignId));
    }

    /** The whole synthesis of a campaign this reader may see, for this module's own views. */
    CampaignSynthesis of(long campaignId, CurrentUser reader) {
        return synthesise(campaigns.data(campaignId, reader));
    }

    /**
     * The synthesis as this reader may see it: every figure for the EPCI's staff and elected
     * officials, and for the correspondents of a territory whose members share their answers; for
     * the other correspondents, the figures under the statistical secret with their own inputs
     * only ({@link Redaction}, docs/confidentiality.md). Another territory's campaign is not found.
     */
    public SynthesisView view(long campaignId, CurrentUser reader) {
        CampaignSynthesis result = synthesise(campaigns.data(campaignId, reader));
        CampaignData data = result.data();
        boolean details = seesEveryAnswer(reader, data);
        // « Non renseigné » is not 0: figures nobody answered have no value, for every reader.
        Synthesis whole = NotProvided.mark(result.synthesis());
        Synthesis synthesis = details ? whole : Redaction.synthesis(whole, ownCode(reader, data));
        Map<String, String> names = names(data);
        Map<String, Long> ids = data.collectivities().stream()
                .filter(c -> reader.isStaff() || reader.isOwn(c.id()))
                .collect(Collectors.toMap(CollectivityView::code, CollectivityView::id, (a, b) -> a));
        return new SynthesisView(
                data.campaign(),
                data.questionnaire(),
                synthesis,
                details,
                names,
                rate(data, respondents(result.synthesis()), details),
                rates(data, result.synthesis(), details),
                SynthesisWarnings.of(synthesis, names, ids::get));
    }

    /** Who answered the campaign, from the whole synthesis (not the reader's view of it). */
    private static Set<String> respondents(Synthesis whole) {
        Set<String> codes = new LinkedHashSet<>();
        whole.strata().forEach(st -> codes.addAll(st.respondentCodes()));
        return codes;
    }

    /**
     * The response rate of a set of respondents; the population's share only for a reader who sees
     * who answered (to another, the population would tell who).
     */
    private static ResponseRate rate(CampaignData data, Set<String> respondents, boolean details) {
        long population = 0;
        long answered = 0;
        int collectivities = 0;
        for (CollectivityView c : data.collectivities()) {
            if (c.merged()) {
                continue;
            }
            collectivities++;
            long inhabitants = c.population() == null ? 0 : c.population();
            population += inhabitants;
            if (respondents.contains(c.code())) {
                answered += inhabitants;
            }
        }
        return new ResponseRate(
                respondents.size(), collectivities, details ? ResponseRate.percent(answered, population) : null);
    }

    /** Per count indicator and per share group ({@code group.<code>}): the rate its total rests on. */
    private static Map<String, ResponseRate> rates(CampaignData data, Synthesis whole, boolean details) {
        Map<String, ResponseRate> rates = new LinkedHashMap<>();
        for (CountResult c : whole.counts()) {
            rates.put(c.indicator().code(), rate(data, inputs(c), details));
        }
        for (ShareGroupResult g : whole.shareGroups()) {
            Set<String> codes = new LinkedHashSet<>();
            g.rows().forEach(r -> codes.addAll(inputs(r.totals())));
            rates.put("group." + g.group().code(), rate(data, codes, details));
        }
        return rates;
    }

    private static Set<String> inputs(CountResult c) {
        Set<String> codes = new LinkedHashSet<>();
        c.raw().terms().forEach(term -> codes.add(term.collectivityCode()));
        return codes;
    }

    /**
     * One figure and how it was computed, as this reader may see it: looked up in the reader's
     * own view of the synthesis, so that a suppressed figure is suppressed here too.
     */
    public FigureView figure(long campaignId, String figureId, CurrentUser reader) {
        SynthesisView view = view(campaignId, reader);
        Figure figure =
                Figures.find(view.synthesis(), figureId).orElseThrow(() -> new NotFoundException("figure.notfound"));
        return new FigureView(
                view.campaign(),
                figure,
                view.synthesis().strata().stream().collect(Collectors.toMap(Stratum::code, Stratum::label)),
                view.details());
    }

    /**
     * Whether this reader sees every member's answers in the campaign's territory: the EPCI's
     * staff, its elected officials, and correspondents where the territory shares its answers.
     */
    boolean seesEveryAnswer(CurrentUser reader, CampaignData data) {
        return scope.seesMembersAnswers(data.campaign().territoryId(), reader);
    }

    /**
     * Who has answered, per stratum. It counts the whole territory, which a correspondent does not
     * see: for the EPCI's staff and elected officials only.
     */
    public FollowUp followUp(long campaignId, CurrentUser reader) {
        if (!reader.seesEveryCollectivity()) {
            throw new ForbiddenException("followup.forbidden");
        }
        return FollowUp.of(
                synthesise(campaigns.data(campaignId, reader)).synthesis().strata(),
                campaigns.responses(campaignId, reader),
                "Total");
    }

    /**
     * The code of the reader's own collectivité in this campaign's territory, "" when none; the
     * codes joined by commas when they answer for several (see {@code StatisticalSecret.isOwn}).
     */
    static String ownCode(CurrentUser reader, CampaignData data) {
        return data.collectivities().stream()
                .filter(c -> reader.isOwn(c.id()))
                .map(CollectivityView::code)
                .distinct()
                .collect(Collectors.joining(","));
    }

    /** Collectivité code → name: the territory's public list. */
    static Map<String, String> names(CampaignData data) {
        return data.collectivities().stream()
                .collect(Collectors.toMap(CollectivityView::code, CollectivityView::name, (a, b) -> a));
    }

    private static CampaignSynthesis synthesise(CampaignData data) {
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
