package org.mutualis.census;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.AnswerValue;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The census module's entry point: campaigns, responses and exclusions, with the access rules
 * (a correspondent reads and edits only their collectivité; elected officials only read).
 */
@Service
@Transactional(readOnly = true)
public class Campaigns {

    private final CampaignStore campaigns;
    private final ResponseStore responses;
    private final ExclusionStore exclusions;
    private final Territories territories;

    Campaigns(CampaignStore campaigns, ResponseStore responses, ExclusionStore exclusions, Territories territories) {
        this.campaigns = campaigns;
        this.responses = responses;
        this.exclusions = exclusions;
        this.territories = territories;
    }

    public List<CampaignSummary> all() {
        return campaigns.all();
    }

    public CampaignSummary get(long campaignId) {
        return campaigns.find(campaignId).orElseThrow(() -> new NotFoundException("Ce recensement n'existe pas."));
    }

    public Questionnaire questionnaire(long campaignId) {
        CampaignSummary campaign = get(campaignId);
        return Catalogue.load(campaign.theme(), campaign.questionnaireVersion());
    }

    @Transactional
    public CampaignSummary open(NewCampaign campaign, CurrentUser user) {
        requireStaff(user);
        territories.find(campaign.territoryId()).orElseThrow(() -> new CensusException("Ce territoire n'existe pas."));
        Catalogue.load(campaign.theme(), campaign.questionnaireVersion());
        if (campaign.name().isBlank()) {
            throw new CensusException("Donnez un nom au recensement.");
        }
        return get(campaigns.insert(campaign));
    }

    @Transactional
    public CampaignSummary changeBands(long campaignId, BandSettings bands, CurrentUser user) {
        requireStaff(user);
        get(campaignId);
        campaigns.updateBands(campaignId, bands);
        return get(campaignId);
    }

    /** The territory's collectivités this user may see, for a campaign. */
    public List<CollectivityView> visibleCollectivities(long campaignId, CurrentUser user) {
        return territories.collectivities(get(campaignId).territoryId()).stream()
                .filter(c -> user.canRead(c.id()))
                .toList();
    }

    /** Every response (given or not) the user may read, in the territory's order. */
    public List<ResponseView> responses(long campaignId, CurrentUser user) {
        CampaignSummary campaign = get(campaignId);
        Map<Long, ResponseStore.Header> headers = responses.headers(campaignId).stream()
                .collect(Collectors.toMap(ResponseStore.Header::collectivityId, Function.identity()));
        Map<Long, Map<String, AnswerValue>> answers = responses.answers(campaignId);
        return territories.collectivities(campaign.territoryId()).stream()
                .filter(c -> user.canRead(c.id()))
                .map(c -> view(campaignId, c, headers.get(c.id()), answers))
                .toList();
    }

    public ResponseView response(long campaignId, long collectivityId, CurrentUser user) {
        CollectivityView collectivity = collectivityOf(campaignId, collectivityId);
        if (!user.canRead(collectivityId)) {
            throw new AccessDeniedException("other collectivity");
        }
        Optional<ResponseStore.Header> header = responses.header(campaignId, collectivityId);
        Map<Long, Map<String, AnswerValue>> answers =
                header.map(h -> Map.of(h.id(), responses.answersOf(h.id()))).orElse(Map.of());
        return view(campaignId, collectivity, header.orElse(null), answers);
    }

    /** Validates every answer like a file import, then saves all or nothing. */
    @Transactional
    public ResponseView save(long campaignId, long collectivityId, AnswerSubmission submission, CurrentUser user) {
        CollectivityView collectivity = collectivityOf(campaignId, collectivityId);
        if (!user.canEdit(collectivityId)) {
            throw new AccessDeniedException("other collectivity");
        }
        Questionnaire questionnaire = questionnaire(campaignId);
        Map<String, AnswerValue> values = AnswerValidation.validate(questionnaire, submission.values());
        String comment = submission.comment() == null || submission.comment().isBlank()
                ? null
                : submission.comment().strip();
        write(campaignId, collectivity, values, comment, submission.expectedVersion(), user.username());
        return response(campaignId, collectivityId, user);
    }

    /** Writes one response; used by the form, the API and (for each row) the file import. */
    void write(
            long campaignId,
            CollectivityView collectivity,
            Map<String, AnswerValue> values,
            String comment,
            long expectedVersion,
            String by) {
        Optional<ResponseStore.Header> current = responses.header(campaignId, collectivity.id());
        long responseId;
        if (current.isEmpty()) {
            if (expectedVersion != 0) {
                throw new ConcurrentEditException(collectivity.name(), "?");
            }
            responseId = responses.insert(campaignId, collectivity.id(), comment, by);
        } else {
            responseId = current.get().id();
            if (!responses.update(responseId, expectedVersion, comment, by)) {
                throw new ConcurrentEditException(
                        collectivity.name(), current.get().updatedBy());
            }
        }
        responses.replaceAnswers(responseId, values);
    }

    public List<ExclusionView> exclusions(long campaignId) {
        get(campaignId);
        return exclusions.of(campaignId);
    }

    @Transactional
    public void exclude(long campaignId, long collectivityId, String indicatorCode, String reason, CurrentUser user) {
        requireStaff(user);
        collectivityOf(campaignId, collectivityId);
        if (questionnaire(campaignId).indicator(indicatorCode).isEmpty()) {
            throw new CensusException("L'indicateur « " + indicatorCode + " » n'existe pas dans ce questionnaire.");
        }
        if (reason.isBlank()) {
            throw new CensusException("Indiquez la raison de l'exclusion : elle sera affichée avec la synthèse.");
        }
        if (exclusions.exists(campaignId, collectivityId, indicatorCode)) {
            throw new CensusException("Cette réponse est déjà exclue de la synthèse.");
        }
        exclusions.insert(campaignId, collectivityId, indicatorCode, reason.strip(), user.username());
    }

    @Transactional
    public void removeExclusion(long campaignId, long exclusionId, CurrentUser user) {
        requireStaff(user);
        if (exclusions.delete(campaignId, exclusionId) == 0) {
            throw new NotFoundException("Cette exclusion n'existe pas.");
        }
    }

    /** Everything the synthesis needs; aggregated figures are for every signed-in role. */
    public CampaignData data(long campaignId) {
        CampaignSummary campaign = get(campaignId);
        List<CollectivityView> collectivities = territories.collectivities(campaign.territoryId());
        Map<Long, String> codes =
                collectivities.stream().collect(Collectors.toMap(CollectivityView::id, CollectivityView::code));
        Map<Long, Map<String, AnswerValue>> byResponse = responses.answers(campaignId);
        Map<String, Map<String, AnswerValue>> answers = new LinkedHashMap<>();
        for (ResponseStore.Header header : responses.headers(campaignId)) {
            answers.put(codes.get(header.collectivityId()), byResponse.getOrDefault(header.id(), Map.of()));
        }
        return new CampaignData(
                campaign, questionnaire(campaignId), collectivities, answers, exclusions.of(campaignId));
    }

    CollectivityView collectivityOf(long campaignId, long collectivityId) {
        CampaignSummary campaign = get(campaignId);
        return territories
                .collectivity(collectivityId)
                .filter(c -> c.territoryId() == campaign.territoryId())
                .orElseThrow(
                        () -> new NotFoundException("Cette collectivité ne fait pas partie du territoire recensé."));
    }

    static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
    }

    private static ResponseView view(
            long campaignId,
            CollectivityView c,
            ResponseStore.Header header,
            Map<Long, Map<String, AnswerValue>> answers) {
        if (header == null) {
            return new ResponseView(campaignId, c, 0, Map.of(), null, null, null);
        }
        return new ResponseView(
                campaignId,
                c,
                header.version(),
                answers.getOrDefault(header.id(), Map.of()),
                header.comment(),
                header.updatedAt(),
                header.updatedBy());
    }
}
