package org.mutualis.census;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.domain.ResponseWorkflow;
import org.mutualis.census.persistence.AnswerSourceStore;
import org.mutualis.census.persistence.CampaignInvitationStore;
import org.mutualis.census.persistence.CampaignStore;
import org.mutualis.census.persistence.CampaignVersionStore;
import org.mutualis.census.persistence.ExclusionStore;
import org.mutualis.census.persistence.ResponseStore;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.questionnaire.Questionnaires;
import org.mutualis.questionnaire.domain.AnswerValidation;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.InputLimits;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The census module's entry point: campaigns, responses and exclusions, with the access rules
 * (a correspondent sees only the campaigns of their own territory and reads and edits only their
 * collectivité; elected officials only read). Methods that take the reader return what that
 * reader may see; those without are for other services, which check access themselves.
 */
@Service
@Transactional(readOnly = true)
public class Campaigns {

    /** {@code response.status_comment varchar(2000)}. */
    static final int STATUS_COMMENT_LENGTH = 2000;

    /** {@code exclusion.reason varchar(1000)}. */
    static final int EXCLUSION_REASON_LENGTH = 1000;

    /** {@code campaign.name varchar(200)}. */
    static final int NAME_LENGTH = 200;

    /** {@code answer_history.reason varchar(1000)}. */
    static final int CORRECTION_REASON_LENGTH = 1000;

    private final CampaignStore campaigns;
    private final ResponseStore responses;
    private final ExclusionStore exclusions;
    private final Territories territories;
    private final Questionnaires questionnaires;
    private final TerritoryScope scope;
    private final CampaignInvitationStore invitations;
    private final CampaignVersionStore versions;
    private final AnswerSourceStore sources;

    Campaigns(
            CampaignStore campaigns,
            ResponseStore responses,
            ExclusionStore exclusions,
            Territories territories,
            Questionnaires questionnaires,
            TerritoryScope scope,
            CampaignInvitationStore invitations,
            CampaignVersionStore versions,
            AnswerSourceStore sources) {
        this.sources = sources;
        this.invitations = invitations;
        this.versions = versions;
        this.campaigns = campaigns;
        this.responses = responses;
        this.exclusions = exclusions;
        this.territories = territories;
        this.questionnaires = questionnaires;
        this.scope = scope;
    }

    public List<CampaignSummary> all() {
        return campaigns.all();
    }

    /** The campaigns this reader may see: a correspondent, those of their own territory only. */
    public List<CampaignSummary> all(CurrentUser reader) {
        return campaigns.all().stream()
                .filter(c -> scope.readable(c.territoryId(), reader))
                .toList();
    }

    public CampaignSummary get(long campaignId) {
        return campaigns.find(campaignId).orElseThrow(() -> new NotFoundException("census.campaign.notfound"));
    }

    /**
     * The campaign, if this reader may see it. Another territory's campaign is, for a
     * correspondent, as missing as an unknown one: its existence is not revealed.
     */
    public CampaignSummary get(long campaignId, CurrentUser reader) {
        CampaignSummary campaign = get(campaignId);
        if (!scope.readable(campaign.territoryId(), reader)) {
            throw new NotFoundException("Ce recensement n'existe pas.");
        }
        return campaign;
    }

    /** The campaign's themes as one questionnaire (codes are unique across themes). */
    public Questionnaire questionnaire(long campaignId) {
        return CampaignQuestionnaires.merged(themes(campaignId));
    }

    /** The questionnaire of a campaign this reader may see. */
    public Questionnaire questionnaire(long campaignId, CurrentUser reader) {
        get(campaignId, reader);
        return questionnaire(campaignId);
    }

    /** The questionnaire of each theme of a campaign this reader may see. */
    public List<Questionnaire> themes(long campaignId, CurrentUser reader) {
        get(campaignId, reader);
        return themes(campaignId);
    }

    /** The questionnaire of each of the campaign's themes, in order. */
    public List<Questionnaire> themes(long campaignId) {
        return CampaignQuestionnaires.parts(get(campaignId).themes(), questionnaires);
    }

    @Transactional
    public CampaignSummary open(NewCampaign campaign, CurrentUser user) {
        requireStaff(user);
        territories
                .find(campaign.territoryId())
                .orElseThrow(() -> new RejectedException("census.campaign.territory.unknown"));
        if (campaign.themes().isEmpty()) {
            throw new RejectedException("census.campaign.themes.none");
        }
        for (ThemeVersion t : campaign.themes()) {
            if (!questionnaires.isPublished(t.theme(), t.version())) {
                throw new RejectedException(
                        "census.campaign.version.unpublished", String.valueOf(t.version()), t.theme());
            }
        }
        CampaignQuestionnaires.parts(campaign.themes(), questionnaires);
        if (campaign.name().isBlank()) {
            throw new RejectedException("census.campaign.name.missing");
        }
        InputLimits.of()
                .text("name", "campaigns.name", campaign.name(), NAME_LENGTH)
                .check();
        if (campaign.opensOn() != null
                && campaign.closesOn() != null
                && campaign.closesOn().isBefore(campaign.opensOn())) {
            throw new RejectedException("census.campaign.dates");
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

    /** The campaign a staff member is about to close (the confirmation step). */
    public CampaignSummary toClose(long campaignId, CurrentUser user) {
        requireStaff(user);
        return get(campaignId);
    }

    /** Closing freezes every answer of the campaign. */
    @Transactional
    public CampaignSummary close(long campaignId, CurrentUser user) {
        requireStaff(user);
        requireOpen(get(campaignId));
        campaigns.updateStatus(campaignId, CampaignStatus.CLOSED);
        return get(campaignId);
    }

    /** The territory's collectivités this user may see, for a campaign. */
    public List<CollectivityView> visibleCollectivities(long campaignId, CurrentUser user) {
        return territories.collectivities(get(campaignId, user).territoryId()).stream()
                .filter(c -> user.canRead(c.id()))
                .toList();
    }

    /** Every response (given or not) the user may read, in the territory's order. */
    public List<ResponseView> responses(long campaignId, CurrentUser user) {
        CampaignSummary campaign = get(campaignId, user);
        Map<Long, ResponseStore.Header> headers = responses.headers(campaignId).stream()
                .collect(Collectors.toMap(ResponseStore.Header::collectivityId, Function.identity()));
        Map<Long, Map<String, AnswerValue>> answers = responses.answers(campaignId);
        Set<Long> invited = invited(campaignId);
        return territories.collectivities(campaign.territoryId()).stream()
                .filter(c -> user.canRead(c.id()))
                .map(c -> view(campaignId, c, headers.get(c.id()), answers, invited))
                .toList();
    }

    public ResponseView response(long campaignId, long collectivityId, CurrentUser user) {
        get(campaignId, user);
        CollectivityView collectivity = collectivityOf(campaignId, collectivityId);
        if (!user.canRead(collectivityId)) {
            throw new AccessDeniedException("other collectivity");
        }
        Optional<ResponseStore.Header> header = responses.header(campaignId, collectivityId);
        Map<Long, Map<String, AnswerValue>> answers =
                header.map(h -> Map.of(h.id(), responses.answersOf(h.id()))).orElse(Map.of());
        return view(campaignId, collectivity, header.orElse(null), answers, invited(campaignId));
    }

    /**
     * The stored responses of these collectivités (given or not), by collectivité id, as {@link
     * #response} gives each one, read in a few queries whatever the campaign already holds: what an
     * import compares its file with. The caller checked the reader's access to the campaign and to
     * each collectivité (they are the territory's that the reader may read).
     */
    Map<Long, ResponseView> responsesOf(long campaignId, List<CollectivityView> collectivities) {
        List<Long> ids = collectivities.stream().map(CollectivityView::id).toList();
        Map<Long, ResponseStore.Header> headers = responses.headersOf(campaignId, ids);
        Map<Long, Map<String, AnswerValue>> answers =
                headers.isEmpty() ? Map.of() : responses.answersOf(campaignId, headers.keySet());
        Set<Long> invited = invited(campaignId);
        Map<Long, ResponseView> views = new java.util.HashMap<>();
        for (CollectivityView c : collectivities) {
            views.put(c.id(), view(campaignId, c, headers.get(c.id()), answers, invited));
        }
        return views;
    }

    /** The questionnaire of each theme of this campaign, in order (read once by an import). */
    List<Questionnaire> themes(CampaignSummary campaign) {
        return CampaignQuestionnaires.parts(campaign.themes(), questionnaires);
    }

    /** The territory's collectivités this user may see, for a campaign the user may see. */
    List<CollectivityView> visibleCollectivities(CampaignSummary campaign, CurrentUser user) {
        return territories.collectivities(campaign.territoryId()).stream()
                .filter(c -> user.canRead(c.id()))
                .toList();
    }

    /** The collectivités an invitation was actually sent to for this campaign. */
    private Set<Long> invited(long campaignId) {
        return invitations.of(campaignId).stream()
                .map(CampaignInvitationStore.Row::collectivityId)
                .collect(Collectors.toSet());
    }

    /** Saves a draft: every answer is checked like a file import, required ones may wait. */
    @Transactional
    public ResponseView save(long campaignId, long collectivityId, AnswerSubmission submission, CurrentUser user) {
        return store(campaignId, collectivityId, submission, user, false);
    }

    /** Submits the response: every answer checked, required ones given, cross-question rules met. */
    @Transactional
    public ResponseView submit(long campaignId, long collectivityId, AnswerSubmission submission, CurrentUser user) {
        return store(campaignId, collectivityId, submission, user, true);
    }

    private ResponseView store(
            long campaignId, long collectivityId, AnswerSubmission submission, CurrentUser user, boolean submit) {
        get(campaignId, user);
        CollectivityView collectivity = collectivityOf(campaignId, collectivityId);
        if (!user.canEdit(collectivityId)) {
            throw new AccessDeniedException("other collectivity");
        }
        requireOpen(get(campaignId));
        Questionnaire questionnaire = questionnaire(campaignId);
        Optional<ResponseStore.Header> header = responses.header(campaignId, collectivityId);
        ResponseStatus current = header.map(ResponseStore.Header::status).orElse(ResponseStatus.INVITED);
        ResponseStatus next = ResponseWorkflow.afterWrite(current, user, submit);
        // A draft may wait for its required answers; what counts in the synthesis may not.
        Map<String, AnswerValue> values =
                AnswerValidation.validate(questionnaire, submission.values(), submission.comment(), !next.counts());
        Map<String, String> reasons = header.map(h -> corrections(h.id(), values, submission.reasons()))
                .orElse(Map.of());
        String comment = submission.comment() == null || submission.comment().isBlank()
                ? null
                : submission.comment().strip();
        write(campaignId, collectivity, values, comment, submission.expectedVersion(), user.username(), next, reasons);
        return response(campaignId, collectivityId, user);
    }

    /**
     * The reasons of the answers this write moves away from the inventory's count: each one needs
     * a reason (kept in the answers' history); an answer already corrected earlier needs none again.
     *
     * @throws AnswerRejectedException naming each correction without its reason
     */
    private Map<String, String> corrections(
            long responseId, Map<String, AnswerValue> values, Map<String, String> given) {
        Map<String, AnswerSource> inventoried = sources.of(responseId);
        if (inventoried.isEmpty()) {
            return Map.of();
        }
        Map<String, AnswerValue> before = responses.answersOf(responseId);
        Map<String, String> reasons = new LinkedHashMap<>();
        Map<String, org.mutualis.shared.text.Text> errors = new LinkedHashMap<>();
        inventoried.forEach((code, source) -> {
            AnswerValue now = values.get(code);
            if (source.confirmedBy(now) || java.util.Objects.equals(before.get(code), now)) {
                return;
            }
            String reason = given.get(code);
            if (reason == null || reason.isBlank()) {
                errors.put(
                        code,
                        org.mutualis.shared.text.Text.of(
                                "census.inventory.reason.missing",
                                source.display(),
                                source.snapshotAt().toLocalDate()));
            } else if (reason.strip().length() > CORRECTION_REASON_LENGTH) {
                errors.put(
                        code,
                        org.mutualis.shared.text.Text.of(
                                "census.inventory.reason.long", String.valueOf(CORRECTION_REASON_LENGTH)));
            } else {
                reasons.put(code, reason.strip());
            }
        });
        if (!errors.isEmpty()) {
            throw new org.mutualis.questionnaire.AnswerRejectedException(errors);
        }
        return reasons;
    }

    /** One answer checked as it is typed, with the rules of the file import (null: fine). */
    public org.mutualis.shared.text.@Nullable Text checkAnswer(
            long campaignId, String questionCode, String text, CurrentUser reader) {
        return AnswerValidation.checkOne(questionnaire(campaignId, reader), questionCode, text);
    }

    /**
     * The rules between answers on what a form holds so far (a step's answers), as the user fills
     * it: the problems by question code, empty when the answers agree.
     */
    public Map<String, org.mutualis.shared.text.Text> crossCheck(
            long campaignId, Map<String, String> answers, CurrentUser reader) {
        return AnswerValidation.crossCheck(questionnaire(campaignId, reader), answers);
    }

    /** Staff accept a submitted response. */
    @Transactional
    public ResponseView validate(long campaignId, long collectivityId, long expectedVersion, CurrentUser user) {
        return changeStatus(campaignId, collectivityId, expectedVersion, ResponseStatus.VALIDATED, null, user);
    }

    /** Staff send a response back to its correspondent, saying what looks wrong. */
    @Transactional
    public ResponseView returnForCorrection(
            long campaignId, long collectivityId, long expectedVersion, String comment, CurrentUser user) {
        if (comment == null || comment.isBlank()) {
            throw new RejectedException("census.response.return.comment");
        }
        InputLimits.of()
                .text("comment", "response.return.comment", comment, STATUS_COMMENT_LENGTH)
                .check();
        return changeStatus(
                campaignId, collectivityId, expectedVersion, ResponseStatus.RETURNED, comment.strip(), user);
    }

    private ResponseView changeStatus(
            long campaignId,
            long collectivityId,
            long expectedVersion,
            ResponseStatus target,
            String comment,
            CurrentUser user) {
        requireStaff(user);
        CollectivityView collectivity = collectivityOf(campaignId, collectivityId);
        requireOpen(get(campaignId));
        ResponseStore.Header header = responses
                .header(campaignId, collectivityId)
                .orElseThrow(() -> new RejectedException("census.response.none", collectivity.name()));
        ResponseWorkflow.checkStatusChange(header.status(), target);
        if (!responses.updateStatus(header.id(), expectedVersion, target, comment, user.username())) {
            throw new ConcurrentEditException(collectivity.name(), header.updatedBy());
        }
        return response(campaignId, collectivityId, user);
    }

    /**
     * The collectivité's answers to the territory's previous campaign that asked the same
     * questions, to show next to each question (empty when there is none).
     */
    public Map<String, AnswerValue> previousAnswers(long campaignId, long collectivityId, CurrentUser user) {
        CampaignSummary campaign = get(campaignId, user);
        if (!user.canRead(collectivityId)) {
            throw new AccessDeniedException("other collectivity");
        }
        java.util.Set<String> asked = new java.util.HashSet<>();
        questionnaire(campaignId).questions().forEach(q -> asked.add(q.code()));
        return campaigns.all().stream()
                .filter(c -> c.territoryId() == campaign.territoryId() && c.id() != campaignId)
                .filter(c -> c.censusDate().isBefore(campaign.censusDate()))
                .flatMap(c -> responses.header(c.id(), collectivityId).stream())
                .findFirst()
                .map(h -> {
                    Map<String, AnswerValue> previous = new LinkedHashMap<>(responses.answersOf(h.id()));
                    previous.keySet().retainAll(asked);
                    return previous;
                })
                .orElse(Map.of());
    }

    /** Every change of every answer of a response, newest first. */
    public List<AnswerChange> history(long campaignId, long collectivityId, CurrentUser user) {
        get(campaignId, user);
        collectivityOf(campaignId, collectivityId);
        if (!user.canRead(collectivityId)) {
            throw new AccessDeniedException("other collectivity");
        }
        return responses
                .header(campaignId, collectivityId)
                .map(h -> responses.history(h.id()))
                .orElse(List.of());
    }

    /**
     * Writes one response and records each answer that changed, with its reason when one is given
     * (by question code); used by forms, the API and the inventory taken.
     *
     * @return the response's id
     */
    long write(
            long campaignId,
            CollectivityView collectivity,
            Map<String, AnswerValue> values,
            @Nullable String comment,
            long expectedVersion,
            String by,
            ResponseStatus status,
            Map<String, String> reasons) {
        requireOpen(get(campaignId));
        Optional<ResponseStore.Header> current = responses.header(campaignId, collectivity.id());
        long responseId;
        Map<String, AnswerValue> before = Map.of();
        if (current.isEmpty()) {
            if (expectedVersion != 0) {
                throw new ConcurrentEditException(collectivity.name());
            }
            try {
                responseId = responses.insert(campaignId, collectivity.id(), comment, by, status);
            } catch (DuplicateKeyException e) {
                // Two first saves at once: the unique (campaign, collectivité) lets one in, the
                // other is a stale edit like any other (its transaction is rolled back).
                throw new ConcurrentEditException(collectivity.name());
            }
        } else {
            responseId = current.get().id();
            before = responses.answersOf(responseId);
            if (!responses.update(responseId, expectedVersion, comment, by, status)) {
                throw new ConcurrentEditException(
                        collectivity.name(), current.get().updatedBy());
            }
        }
        responses.replaceAnswers(responseId, values);
        List<ResponseStore.ChangeRow> rows = new ArrayList<>();
        changes(responseId, before, values, rows);
        rows.forEach(c -> responses.recordChange(
                c.responseId(), c.questionCode(), c.before(), c.after(), by, reasons.get(c.questionCode())));
        return responseId;
    }

    /**
     * One response an import writes: the file's answers and comment, over the version (0: none)
     * and the answers its preview read.
     */
    record ImportedWrite(
            CollectivityView collectivity,
            Map<String, AnswerValue> values,
            @Nullable String comment,
            long expectedVersion,
            Map<String, AnswerValue> before) {}

    /**
     * Writes many responses as {@link #write} writes each one, and records each answer that
     * changed, in a few statements whatever the campaign holds (batches): the campaign is read once,
     * the responses' versions in one query per thousand. Every response must still be at the version
     * its writer read; otherwise nothing is written (the caller's transaction is rolled back).
     *
     * @throws ConcurrentEditException naming the first response that someone saved meanwhile
     */
    void writeAll(long campaignId, List<ImportedWrite> writes, String by, ResponseStatus status) {
        requireOpen(get(campaignId));
        if (writes.isEmpty()) {
            return;
        }
        Map<Long, ResponseStore.Stored> stored = responses.stored(
                campaignId, writes.stream().map(w -> w.collectivity().id()).toList());
        List<ResponseStore.Write> inserts = new java.util.ArrayList<>();
        List<ResponseStore.Write> updates = new java.util.ArrayList<>();
        Map<Long, ImportedWrite> byResponse = new LinkedHashMap<>();
        for (ImportedWrite w : writes) {
            ResponseStore.Stored current = stored.get(w.collectivity().id());
            if (current == null) {
                if (w.expectedVersion() != 0) {
                    throw new ConcurrentEditException(w.collectivity().name());
                }
                inserts.add(new ResponseStore.Write(w.collectivity().id(), 0, w.comment()));
            } else {
                if (current.version() != w.expectedVersion()) {
                    throw new ConcurrentEditException(w.collectivity().name(), current.updatedBy());
                }
                updates.add(new ResponseStore.Write(current.id(), w.expectedVersion(), w.comment()));
                byResponse.put(current.id(), w);
            }
        }
        // the versions were checked above; the update checks them again, against a save in between
        List<Long> stale = responses.updateAll(updates, by, status);
        if (!stale.isEmpty()) {
            ImportedWrite lost = byResponse.get(stale.get(0));
            throw new ConcurrentEditException(
                    lost.collectivity().name(),
                    responses
                            .header(campaignId, lost.collectivity().id())
                            .map(ResponseStore.Header::updatedBy)
                            .orElse("?"));
        }
        responses.deleteAnswers(byResponse.keySet());
        if (!inserts.isEmpty()) {
            try {
                responses.insertAll(campaignId, inserts, by, status);
            } catch (DuplicateKeyException e) {
                // Someone saved a first response meanwhile: the unique (campaign, collectivité) refuses it.
                Map<Long, ResponseStore.Stored> now = responses.stored(
                        campaignId,
                        inserts.stream().map(ResponseStore.Write::key).toList());
                String name = writes.stream()
                        .filter(w -> now.containsKey(w.collectivity().id()))
                        .map(w -> w.collectivity().name())
                        .findFirst()
                        .orElse(writes.get(0).collectivity().name());
                throw new ConcurrentEditException(name);
            }
            Map<Long, ResponseStore.Stored> created = responses.stored(
                    campaignId, inserts.stream().map(ResponseStore.Write::key).toList());
            for (ImportedWrite w : writes) {
                if (w.expectedVersion() == 0) {
                    byResponse.put(created.get(w.collectivity().id()).id(), w);
                }
            }
        }
        Map<Long, Map<String, AnswerValue>> answers = new LinkedHashMap<>();
        List<ResponseStore.ChangeRow> changes = new java.util.ArrayList<>();
        byResponse.forEach((id, w) -> {
            answers.put(id, w.values());
            // a new response's history gives the answers it was created with from its creation
            // (ResponseStore.history): half the rows of a first import are not written
            if (w.expectedVersion() != 0) {
                changes(id, w.before(), w.values(), changes);
            }
        });
        responses.insertAnswers(answers);
        responses.recordChanges(changes, by);
    }

    private static void changes(
            long responseId,
            Map<String, AnswerValue> before,
            Map<String, AnswerValue> after,
            List<ResponseStore.ChangeRow> into) {
        Set<String> codes = new java.util.TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        for (String code : codes) {
            AnswerValue old = before.get(code);
            AnswerValue now = after.get(code);
            if (!java.util.Objects.equals(old, now)) {
                into.add(new ResponseStore.ChangeRow(responseId, code, old, now));
            }
        }
    }

    public List<ExclusionView> exclusions(long campaignId) {
        get(campaignId);
        return exclusions.of(campaignId);
    }

    /**
     * The campaign's exclusions as this reader may see them: all of them for those who see every
     * member's answers ({@link TerritoryScope#seesMembersAnswers}); for a correspondent of a
     * territory whose answers are confidential, their own collectivité's only, since a reason
     * tells another collectivité's answer (docs/confidentiality.md).
     */
    public List<ExclusionView> exclusions(long campaignId, CurrentUser reader) {
        CampaignSummary campaign = get(campaignId, reader);
        List<ExclusionView> all = exclusions.of(campaignId);
        if (scope.seesMembersAnswers(campaign.territoryId(), reader)) {
            return all;
        }
        return all.stream().filter(e -> reader.isOwn(e.collectivityId())).toList();
    }

    @Transactional
    public void exclude(
            long campaignId,
            long collectivityId,
            @Nullable String indicatorCode,
            @Nullable String reason,
            CurrentUser user) {
        requireStaff(user);
        collectivityOf(campaignId, collectivityId);
        if (indicatorCode == null
                || questionnaire(campaignId).indicator(indicatorCode).isEmpty()) {
            throw new RejectedException("census.exclusion.indicator.unknown", String.valueOf(indicatorCode));
        }
        if (reason == null || reason.isBlank()) {
            throw new RejectedException("census.exclusion.reason.missing");
        }
        InputLimits.of()
                .text("reason", "exclusions.reason", reason, EXCLUSION_REASON_LENGTH)
                .check();
        if (exclusions.exists(campaignId, collectivityId, indicatorCode)) {
            throw new RejectedException("census.exclusion.already");
        }
        exclusions.insert(campaignId, collectivityId, indicatorCode, reason.strip(), user.username());
    }

    /** The exclusion a staff member is about to remove (the confirmation step). */
    public ExclusionView exclusionToRemove(long campaignId, long exclusionId, CurrentUser user) {
        requireStaff(user);
        return exclusions(campaignId).stream()
                .filter(e -> e.id() == exclusionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("census.exclusion.notfound"));
    }

    @Transactional
    public void removeExclusion(long campaignId, long exclusionId, CurrentUser user) {
        requireStaff(user);
        if (exclusions.delete(campaignId, exclusionId) == 0) {
            throw new NotFoundException("census.exclusion.notfound");
        }
    }

    /**
     * Everything the synthesis needs, for a reader who may see the campaign (the analysis then
     * decides what of it this reader is shown).
     */
    public CampaignData data(long campaignId, CurrentUser reader) {
        return data(dataVersion(campaignId, reader));
    }

    /** Everything the synthesis needs, for services that checked access themselves. */
    public CampaignData data(long campaignId) {
        return data(dataVersion(campaignId));
    }

    /**
     * What the synthesis of a campaign this reader may see rests on, but its answers: one query, to
     * tell whether a synthesis computed earlier still holds.
     */
    public CampaignDataVersion dataVersion(long campaignId, CurrentUser reader) {
        CampaignDataVersion version = dataVersion(campaignId);
        if (!scope.readable(version.campaign().territoryId(), reader)) {
            throw new NotFoundException("Ce recensement n'existe pas.");
        }
        return version;
    }

    /**
     * What a campaign's synthesis rests on, as fingerprints, for services that checked access: one
     * query, whatever the territory's size (it read every collectivité and exclusion on every view).
     */
    public CampaignDataVersion dataVersion(long campaignId) {
        return versions.find(campaignId).orElseThrow(() -> new NotFoundException("census.campaign.notfound"));
    }

    /**
     * The answers counted in a campaign (submitted and validated responses), with the rest of what
     * its synthesis needs: the campaign as the version read it, its themes' questionnaire from the
     * campaign itself, the territory's collectivités, the exclusions, each response's answers in one
     * query. Read when the version moved (or was never computed); read after the version, so that
     * what it reads is that version or a later one — a later one is computed again on the next view.
     */
    public CampaignData data(CampaignDataVersion version) {
        CampaignSummary campaign = version.campaign();
        long campaignId = campaign.id();
        List<CollectivityView> collectivities = territories.collectivities(campaign.territoryId());
        Map<Long, String> codes = new HashMap<>();
        collectivities.forEach(c -> codes.put(c.id(), c.code()));
        Map<Long, Map<String, AnswerValue>> byResponse = responses.answers(campaignId);
        Map<Long, Map<String, AnswerSource>> sourced = sources.ofCampaign(campaignId);
        Map<String, Map<String, AnswerValue>> answers = new LinkedHashMap<>();
        Map<String, Set<String>> inventoried = new HashMap<>();
        for (ResponseStore.Header header : responses.headers(campaignId)) {
            // Drafts and returned responses are not answers yet: the synthesis leaves them out.
            if (header.status().counts()) {
                String code = codes.get(header.collectivityId());
                Map<String, AnswerValue> given = byResponse.getOrDefault(header.id(), Map.of());
                answers.put(code, given);
                sourced.getOrDefault(header.id(), Map.of()).forEach((question, source) -> {
                    if (source.confirmedBy(given.get(question))) {
                        inventoried
                                .computeIfAbsent(code, k -> new java.util.TreeSet<>())
                                .add(question);
                    }
                });
            }
        }
        Questionnaire questionnaire =
                CampaignQuestionnaires.merged(CampaignQuestionnaires.parts(campaign.themes(), questionnaires));
        return new CampaignData(
                campaign, questionnaire, collectivities, answers, exclusions.of(campaignId), inventoried);
    }

    /**
     * Every response's status, without its answers: what a follow-up lists (the answers of a
     * national census are millions of rows). Same readers and order as {@link #responses}; the
     * views' answers are empty.
     */
    public List<ResponseView> statuses(long campaignId, CurrentUser user) {
        CampaignSummary campaign = get(campaignId, user);
        Map<Long, ResponseStore.Header> headers = new HashMap<>();
        responses.headers(campaignId).forEach(h -> headers.put(h.collectivityId(), h));
        Set<Long> invited = invited(campaignId);
        return territories.collectivities(campaign.territoryId()).stream()
                .filter(c -> user.canRead(c.id()))
                .map(c -> view(campaignId, c, headers.get(c.id()), Map.of(), invited))
                .toList();
    }

    CollectivityView collectivityOf(long campaignId, long collectivityId) {
        CampaignSummary campaign = get(campaignId);
        return territories
                .collectivity(collectivityId)
                .filter(c -> c.territoryId() == campaign.territoryId())
                .orElseThrow(() -> new NotFoundException("census.collectivity.outside"));
    }

    static void requireOpen(CampaignSummary campaign) {
        if (campaign.closed()) {
            throw new RejectedException("census.campaign.closed", campaign.name());
        }
    }

    static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
    }

    private static ResponseView view(
            long campaignId,
            CollectivityView c,
            ResponseStore.@Nullable Header header,
            Map<Long, Map<String, AnswerValue>> answers,
            Set<Long> invited) {
        if (header == null) {
            ResponseStatus status = invited.contains(c.id()) ? ResponseStatus.INVITED : ResponseStatus.NOT_INVITED;
            return new ResponseView(campaignId, c, 0, Map.of(), null, null, null, status, null);
        }
        return new ResponseView(
                campaignId,
                c,
                header.version(),
                answers.getOrDefault(header.id(), Map.of()),
                header.comment(),
                header.updatedAt(),
                header.updatedBy(),
                header.status(),
                header.statusComment());
    }

    /**
     * The given responses the user may read, as an export writes them, in the order of {@link
     * #responses}: the list holds each response's code, name and comment, and reads the answers from
     * the database {@code pageSize} responses at a time as it is walked. A national territory's
     * export (36,000 responses) never holds all its answers at once.
     */
    AnswerRows answerRows(long campaignId, CurrentUser user, int pageSize) {
        CampaignSummary campaign = get(campaignId, user);
        Map<Long, ResponseStore.Header> headers = responses.headers(campaignId).stream()
                .collect(Collectors.toMap(ResponseStore.Header::collectivityId, Function.identity()));
        List<AnswerRows.Given> given = new java.util.ArrayList<>();
        Map<String, String> names = new java.util.HashMap<>();
        for (CollectivityView c : territories.collectivities(campaign.territoryId())) {
            ResponseStore.Header header = headers.get(c.id());
            if (header != null && header.version() > 0 && user.canRead(c.id())) {
                given.add(new AnswerRows.Given(header.id(), c.code(), header.comment()));
                names.put(c.code(), c.name());
            }
        }
        return new AnswerRows(given, names, pageSize, responses::answersOf);
    }
}
