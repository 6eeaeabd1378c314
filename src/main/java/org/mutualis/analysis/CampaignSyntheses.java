package org.mutualis.analysis;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
import org.mutualis.census.CampaignDataVersion;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.ResponseStatus;
import org.mutualis.census.ResponseStatuses;
import org.mutualis.census.ResponseView;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.ListPage;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.CollectivityView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A campaign's synthesis, computed from the stored answers so that a corrected answer or a new
 * exclusion shows at once in every figure: each view reads the version of the campaign's data
 * ({@link CampaignDataVersion}: one query) and reuses the synthesis computed for that
 * very version, else reads the answers and computes it ({@link SynthesisCache}). What a reader is
 * shown of it is decided here, once, for the pages and the API alike: {@link #view}, {@link
 * #figure}, {@link #followUp}; whether a reader sees every answer is asked afresh on every view.
 */
@Service
public class CampaignSyntheses {

    /** Reader views kept per computed synthesis (one per distinct reader profile). */
    private static final int VIEWS_PER_SYNTHESIS = 256;

    private final Campaigns campaigns;
    private final TerritoryScope scope;
    private final ResponseStatuses statuses;
    private final SynthesisCache<Computed> cache = new SynthesisCache<>();

    CampaignSyntheses(Campaigns campaigns, TerritoryScope scope, ResponseStatuses statuses) {
        this.campaigns = campaigns;
        this.scope = scope;
        this.statuses = statuses;
    }

    /**
     * A synthesis computed for one version of a campaign's data, with what every reader's view
     * derives from it alike; the views themselves, per reader profile, are kept beside it.
     */
    private static final class Computed {
        final CampaignSynthesis result;
        final Synthesis marked;
        final Map<String, String> names;
        final Set<String> respondents;
        final Map<String, ResponseRate> detailedRates;
        final Map<String, ResponseRate> plainRates;
        final Map<String, ReaderView> views = new ConcurrentHashMap<>();

        Computed(CampaignSynthesis result) {
            this.result = result;
            CampaignData data = result.data();
            // « Non renseigné » is not 0: figures nobody answered have no value, for every reader.
            this.marked = NotProvided.mark(result.synthesis());
            this.names = names(data);
            this.respondents = respondents(result.synthesis());
            this.detailedRates = rates(data, result.synthesis(), true);
            this.plainRates = rates(data, result.synthesis(), false);
        }
    }

    /**
     * One reader profile's view, its figures by id (built on the first explanation asked) and what
     * other modules derive from the view alone (the API's document).
     */
    private static final class ReaderView {
        final SynthesisView view;
        private volatile @Nullable Map<String, Figure> figures;
        private final Map<String, Object> derived = new ConcurrentHashMap<>();

        ReaderView(SynthesisView view) {
            this.view = view;
        }

        Optional<Figure> figure(String id) {
            Map<String, Figure> byId = figures;
            if (byId == null) {
                byId = new HashMap<>();
                for (Figure f : Figures.all(view.synthesis())) {
                    byId.putIfAbsent(f.id(), f);
                }
                figures = byId;
            }
            return Optional.ofNullable(byId.get(id));
        }

        @SuppressWarnings("unchecked")
        <T> T derived(String key, Function<SynthesisView, T> derive) {
            return (T) derived.computeIfAbsent(key, k -> derive.apply(view));
        }
    }

    /** The whole synthesis, for services that decide themselves what their reader sees. */
    public CampaignSynthesis of(long campaignId) {
        return computed(campaigns.dataVersion(campaignId)).result;
    }

    /** The whole synthesis of a campaign this reader may see, for this module's own views. */
    CampaignSynthesis of(long campaignId, CurrentUser reader) {
        return computed(campaigns.dataVersion(campaignId, reader)).result;
    }

    private Computed computed(CampaignDataVersion version) {
        boolean english = english();
        return cache.get(
                new SynthesisCache.Key(version.campaign().id(), english),
                version,
                () -> new Computed(synthesise(campaigns.data(version), english)));
    }

    /**
     * The synthesis as this reader may see it: every figure for the EPCI's staff and elected
     * officials, and for the correspondents of a territory whose members share their answers; for
     * the other correspondents, the figures under the statistical secret with their own inputs
     * only ({@link Redaction}, docs/confidentiality.md). Another territory's campaign is not found.
     */
    public SynthesisView view(long campaignId, CurrentUser reader) {
        return readerView(campaignId, reader).view;
    }

    /**
     * What {@code derive} makes of this reader's view, made once per view and kept with it (so
     * until the data change, as the view): the synthesis API keeps its default document, which
     * is bounded whatever the territory's size, rather than writing it again on every call. Only
     * what depends on the view alone may be derived: nothing of the request or the signed-in user.
     */
    public <T> T derived(long campaignId, CurrentUser reader, String key, Function<SynthesisView, T> derive) {
        return readerView(campaignId, reader).derived(key, derive);
    }

    private ReaderView readerView(long campaignId, CurrentUser reader) {
        CampaignDataVersion version = campaigns.dataVersion(campaignId, reader);
        Computed computed = computed(version);
        // Asked on every view: a territory's answer policy may change without the data moving.
        boolean details = scope.seesMembersAnswers(version.campaign().territoryId(), reader);
        List<Long> own = reader.isStaff()
                ? List.of()
                : computed.result.data().collectivities().stream()
                        .map(CollectivityView::id)
                        .filter(reader::isOwn)
                        .toList();
        // The view depends on the reader only through these: the same profile, the same view.
        String profile = details + "|" + reader.isStaff() + "|" + own;
        ReaderView cached = computed.views.get(profile);
        if (cached != null) {
            return cached;
        }
        ReaderView made = new ReaderView(view(computed, reader, details));
        if (computed.views.size() < VIEWS_PER_SYNTHESIS) {
            computed.views.putIfAbsent(profile, made);
        }
        return made;
    }

    private static SynthesisView view(Computed computed, CurrentUser reader, boolean details) {
        CampaignData data = computed.result.data();
        Synthesis synthesis = details ? computed.marked : Redaction.synthesis(computed.marked, ownCode(reader, data));
        Map<String, Long> ids = data.collectivities().stream()
                .filter(c -> reader.isStaff() || reader.isOwn(c.id()))
                .collect(Collectors.toMap(CollectivityView::code, CollectivityView::id, (a, b) -> a));
        return new SynthesisView(
                data.campaign(),
                data.questionnaire(),
                synthesis,
                details,
                computed.names,
                rate(data, computed.respondents, details),
                details ? computed.detailedRates : computed.plainRates,
                SynthesisWarnings.of(synthesis, computed.names, ids::get));
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
        return figure(campaignId, figureId, 1, reader);
    }

    /** The same, with this page of its inputs ({@link TermsPage#SIZE} a page) for the pages to list. */
    public FigureView figure(long campaignId, String figureId, int page, CurrentUser reader) {
        ReaderView readerView = readerView(campaignId, reader);
        SynthesisView view = readerView.view;
        Figure figure = readerView.figure(figureId).orElseThrow(() -> new NotFoundException("figure.notfound"));
        return new FigureView(
                view.campaign(),
                figure,
                view.synthesis().strata().stream().collect(Collectors.toMap(Stratum::code, Stratum::label)),
                view.details(),
                TermsPage.of(figure.id(), figure.terms(), page, TermsPage.SIZE));
    }

    /**
     * A page of one figure's inputs, from the reader's own view of it (a correspondent's figure
     * lists only their own inputs, as everywhere else): what the API gives on demand.
     */
    public TermsPage terms(long campaignId, String figureId, int page, int size, CurrentUser reader) {
        Figure figure = readerView(campaignId, reader)
                .figure(figureId)
                .orElseThrow(() -> new NotFoundException("figure.notfound"));
        return TermsPage.of(figure.id(), figure.terms(), page, size);
    }

    /**
     * A page of one figure's notes (what was left out or assumed, one per collectivité concerned),
     * from the reader's own view of it: what the API gives on demand beyond the first page.
     */
    public NotesPage notes(long campaignId, String figureId, int page, int size, CurrentUser reader) {
        Figure figure = readerView(campaignId, reader)
                .figure(figureId)
                .orElseThrow(() -> new NotFoundException("figure.notfound"));
        return NotesPage.of(figure.id(), figure.notes(), page, size);
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
     * see: for the EPCI's staff and elected officials only. Counted by the database, stratum by
     * stratum as the synthesis places the collectivités, without computing the synthesis.
     */
    public FollowUp followUp(long campaignId, CurrentUser reader) {
        if (!reader.seesEveryCollectivity()) {
            throw new ForbiddenException("followup.forbidden");
        }
        return followUp(statuses.counts(campaignId, reader));
    }

    /** The follow-up page: the counts by stratum and one page of the collectivités still expected. */
    public record FollowUpPage(CampaignSummary campaign, FollowUp followUp, ListPage<ResponseView> late) {}

    /**
     * {@link #followUp} and {@link ResponseStatuses#notCounted} read together, in one transaction
     * that reads the campaign once (a page of the follow-up is three round trips fewer).
     */
    public FollowUpPage followUpPage(
            long campaignId, String query, @Nullable ResponseStatus status, int page, int size, CurrentUser reader) {
        if (!reader.seesEveryCollectivity()) {
            throw new ForbiddenException("followup.forbidden");
        }
        ResponseStatuses.Standing standing = statuses.standing(campaignId, query, status, page, size, reader);
        return new FollowUpPage(standing.counts().campaign(), followUp(standing.counts()), standing.notCounted());
    }

    private static FollowUp followUp(ResponseStatuses.Counts counts) {
        return FollowUp.counted(counts.campaign().bands().thresholds(), counts.counts(), "Total");
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

    /** Figures are labelled in the reader's language; French unless they asked for English. */
    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage())
                && RequestContextHolder.getRequestAttributes() != null;
    }

    private static CampaignSynthesis synthesise(CampaignData data, boolean english) {
        // Communes déléguées keep their old answers but are no longer communes of the strata.
        List<AnalysisUnit> units = data.collectivities().stream()
                .filter(c -> !c.merged())
                .map(c -> new AnalysisUnit(c.code(), c.name(), c.kind(), c.population()))
                .toList();
        List<Exclusion> exclusions = data.exclusions().stream()
                .map(e -> new Exclusion(e.collectivityCode(), e.indicatorCode(), e.reason()))
                .toList();
        Synthesis synthesis = SynthesisEngine.synthesise(SynthesisRequests.of(
                data.questionnaire(),
                units,
                data.answers(),
                data.campaign().bands(),
                exclusions,
                data.inventoried(),
                english));
        return new CampaignSynthesis(data, synthesis);
    }
}
