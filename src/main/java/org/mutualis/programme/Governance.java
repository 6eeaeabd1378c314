package org.mutualis.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.programme.documents.GovernanceOds;
import org.mutualis.programme.documents.GovernancePdf;
import org.mutualis.programme.domain.governance.AttendanceCount;
import org.mutualis.programme.domain.governance.BodyComposition;
import org.mutualis.programme.domain.governance.CompositionGap;
import org.mutualis.programme.persistence.GovernanceStore;
import org.mutualis.programme.persistence.GovernanceStore.BodyRow;
import org.mutualis.programme.persistence.GovernanceStore.MeetingRow;
import org.mutualis.programme.persistence.GovernanceStore.PresenceRow;
import org.mutualis.shared.ListPage;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.Territories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governance of a programme: its bodies (comités de pilotage per theme with their coordonnateur
 * du marché and responsable de groupe, groupe transversal, conférence des maires…), their members,
 * their meetings (agenda, minutes, attendance), the decisions register and the council
 * deliberations of the collectivités joining the programme's procurements and conventions.
 *
 * <p>Access: the EPCI's staff change everything; elected officials read everything; a
 * correspondent reads the bodies, meetings, minutes and decisions of their own territory's
 * programmes, and only their own collectivité's deliberations; another territory's programme is
 * not found (404). Methods without a {@link CurrentUser} are for other services, which check access
 * themselves.
 */
@Service
@Transactional(readOnly = true)
public class Governance {

    /** Decisions per page of the register. */
    public static final int PAGE_SIZE = 25;

    private final GovernanceStore store;
    private final TerritoryScope scope;
    private final Territories territories;
    private final Accounts accounts;
    private final GovernancePdf pdf;
    private final GovernanceOds ods;
    private final Clock clock;

    Governance(
            GovernanceStore store,
            TerritoryScope scope,
            Territories territories,
            Accounts accounts,
            GovernancePdf pdf,
            GovernanceOds ods,
            Clock clock) {
        this.store = store;
        this.scope = scope;
        this.territories = territories;
        this.accounts = accounts;
        this.pdf = pdf;
        this.ods = ods;
        this.clock = clock;
    }

    // --- access ---

    /**
     * The programme, if this reader may see it.
     *
     * @throws NotFoundException when it does not exist or belongs to another territory than a
     *     correspondent's
     */
    public GovernanceProgramme programme(long programmeId, CurrentUser user) {
        GovernanceProgramme programme = store.programme(programmeId).orElseThrow(() -> notFound(programmeId));
        if (!scope.readable(programme.territoryId(), user)) {
            throw notFound(programmeId);
        }
        return programme;
    }

    /**
     * The programme, if this reader may change its governance: asked by the pages before they show
     * a form's problems, by the API before it checks a body.
     *
     * @throws NotFoundException as {@link #programme}
     * @throws ForbiddenException unless the reader is staff
     */
    public GovernanceProgramme forEdit(long programmeId, CurrentUser user) {
        GovernanceProgramme programme = programme(programmeId, user);
        requireStaff(user);
        return programme;
    }

    /** Whether this reader may change the governance. */
    public boolean canEdit(CurrentUser user) {
        return user.isStaff();
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new ForbiddenException("programme.governance.staffOnly");
        }
    }

    private static NotFoundException notFound(long programmeId) {
        return new NotFoundException("programme.governance.programme.notfound", String.valueOf(programmeId));
    }

    // --- overview and bodies ---

    /** The governance page: bodies with their members, the meetings to come and those past. */
    public GovernanceOverview overview(long programmeId, CurrentUser user) {
        GovernanceProgramme programme = programme(programmeId, user);
        List<MeetingView> all = meetingViews(programmeId);
        LocalDateTime now = LocalDateTime.now(clock);
        List<MeetingView> upcoming =
                all.stream().filter(m -> !m.heldAt().isBefore(now)).toList();
        List<MeetingView> past = all.stream()
                .filter(m -> m.heldAt().isBefore(now))
                .sorted(Comparator.comparing(MeetingView::heldAt).reversed())
                .toList();
        return new GovernanceOverview(programme, bodyViews(programmeId), upcoming, past, canEdit(user));
    }

    public List<BodyView> bodies(long programmeId, CurrentUser user) {
        programme(programmeId, user);
        return bodyViews(programmeId);
    }

    /** @throws NotFoundException when the body is not one of this programme's, or the reader may not see it */
    public BodyView body(long programmeId, long bodyId, CurrentUser user) {
        programme(programmeId, user);
        return bodyView(bodyRow(programmeId, bodyId));
    }

    /** The meetings of one body, in date order. */
    public List<MeetingView> meetingsOf(long programmeId, long bodyId, CurrentUser user) {
        programme(programmeId, user);
        bodyRow(programmeId, bodyId);
        return meetingViews(programmeId).stream()
                .filter(m -> m.bodyId() == bodyId)
                .toList();
    }

    @Transactional
    public BodyView createBody(long programmeId, BodyForm form, CurrentUser user) {
        forEdit(programmeId, user);
        BodyForm checked = checked(form);
        long id = store.insertBody(programmeId, checked.kind(), checked.name(), checked.theme());
        return bodyView(bodyRow(programmeId, id));
    }

    @Transactional
    public BodyView updateBody(long programmeId, long bodyId, BodyForm form, CurrentUser user) {
        forEdit(programmeId, user);
        bodyRow(programmeId, bodyId);
        BodyForm checked = checked(form);
        store.updateBody(bodyId, checked.kind(), checked.name(), checked.theme());
        return bodyView(bodyRow(programmeId, bodyId));
    }

    /** Deletes the body with its members, meetings and decisions. */
    @Transactional
    public void deleteBody(long programmeId, long bodyId, CurrentUser user) {
        forEdit(programmeId, user);
        bodyRow(programmeId, bodyId);
        store.deleteBody(bodyId);
    }

    private static BodyForm checked(BodyForm form) {
        List<Problem> problems = new ArrayList<>();
        String name = trimmed(form.name());
        String theme = trimmed(form.theme());
        if (form.kind() == null) {
            problems.add(Problem.of("kind", "form.required", Text.of("bodyForm.kind")));
        }
        if (name == null) {
            problems.add(Problem.of("name", "form.required", Text.of("bodyForm.name")));
        } else if (name.length() > 200) {
            problems.add(Problem.of("name", "form.size", Text.of("bodyForm.name"), "200"));
        }
        if (theme != null && theme.length() > 40) {
            problems.add(Problem.of("theme", "form.size", Text.of("bodyForm.theme"), "40"));
        }
        refuse(problems);
        return new BodyForm(form.kind(), name, theme);
    }

    // --- members ---

    /**
     * Adds a member: an account (its display name is kept) or a named person, with a collectivité of
     * the programme's territory.
     */
    @Transactional
    public MemberView addMember(long programmeId, long bodyId, MemberForm form, CurrentUser user) {
        GovernanceProgramme programme = forEdit(programmeId, user);
        bodyRow(programmeId, bodyId);
        List<Problem> problems = new ArrayList<>();
        String name = trimmed(form.name());
        String email = trimmed(form.email());
        if (form.userId() != null) {
            String account = store.accountName(form.userId()).orElse(null);
            if (account == null) {
                problems.add(Problem.of("userId", "programme.governance.member.account"));
            } else if (name == null) {
                name = account;
            }
        } else if (name == null) {
            problems.add(Problem.of("name", "programme.governance.member.who"));
        }
        if (name != null && name.length() > 200) {
            problems.add(Problem.of("name", "form.size", Text.of("memberForm.name"), "200"));
        }
        if (email != null && email.length() > 200) {
            problems.add(Problem.of("email", "form.size", Text.of("memberForm.email"), "200"));
        } else if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(Problem.of("email", "programme.governance.member.email"));
        }
        if (form.collectivityId() != null && !inTerritory(form.collectivityId(), programme)) {
            problems.add(Problem.of("collectivityId", "programme.governance.member.collectivity"));
        }
        if (form.role() == null) {
            problems.add(Problem.of("role", "form.required", Text.of("memberForm.role")));
        }
        refuse(problems);
        long id = store.insertMember(
                bodyId, form.userId(), Objects.requireNonNull(name), email, form.collectivityId(), form.role());
        return store.member(id).orElseThrow();
    }

    private boolean inTerritory(long collectivityId, GovernanceProgramme programme) {
        return store.collectivity(collectivityId)
                .map(c -> c.territoryId() == programme.territoryId())
                .orElse(false);
    }

    /** @throws NotFoundException when the member is not one of this body's */
    public MemberView member(long programmeId, long bodyId, long memberId, CurrentUser user) {
        programme(programmeId, user);
        bodyRow(programmeId, bodyId);
        return store.member(memberId)
                .filter(m -> m.bodyId() == bodyId)
                .orElseThrow(() -> new NotFoundException("programme.governance.member.notfound"));
    }

    @Transactional
    public void removeMember(long programmeId, long bodyId, long memberId, CurrentUser user) {
        forEdit(programmeId, user);
        member(programmeId, bodyId, memberId, user);
        store.deleteMember(memberId);
    }

    // --- meetings ---

    public List<MeetingView> meetings(long programmeId, CurrentUser user) {
        programme(programmeId, user);
        return meetingViews(programmeId);
    }

    /** A meeting with its attendance and the decisions it took, as its minutes show it. */
    public MeetingMinutes minutes(long programmeId, long meetingId, CurrentUser user) {
        GovernanceProgramme programme = programme(programmeId, user);
        MeetingRow row = meetingRow(programmeId, meetingId);
        return new MeetingMinutes(programme, meetingView(row), store.decisionsOf(meetingId));
    }

    public MeetingView meeting(long programmeId, long meetingId, CurrentUser user) {
        programme(programmeId, user);
        return meetingView(meetingRow(programmeId, meetingId));
    }

    /**
     * Plans (or records) a meeting of a body.
     *
     * @throws RejectedException (422) naming each wrong field; a comité de pilotage without exactly
     *     one coordonnateur du marché and one responsable de groupe may not be marked held
     */
    @Transactional
    public MeetingView createMeeting(long programmeId, long bodyId, MeetingForm form, CurrentUser user) {
        forEdit(programmeId, user);
        BodyRow body = bodyRow(programmeId, bodyId);
        Checked meeting = checked(form, bodyView(body));
        long id = store.insertMeeting(
                programmeId,
                bodyId,
                meeting.at(),
                meeting.place(),
                meeting.agenda(),
                meeting.minutes(),
                meeting.status());
        store.attendance(id, meeting.attendance());
        return meetingView(meetingRow(programmeId, id));
    }

    /**
     * Changes a meeting, its minutes and attendance, if nobody changed it since {@code form.version()}.
     *
     * @throws ConflictException (409) when the meeting moved on; nothing is overwritten
     */
    @Transactional
    public MeetingView updateMeeting(long programmeId, long meetingId, MeetingForm form, CurrentUser user) {
        forEdit(programmeId, user);
        MeetingRow current = meetingRow(programmeId, meetingId);
        Checked meeting = checked(form, bodyView(bodyRow(programmeId, current.bodyId())));
        if (form.version() == null) {
            refuse(List.of(Problem.of("version", "programme.governance.meeting.version")));
        }
        long version = Objects.requireNonNull(form.version());
        if (version != current.version()
                || !store.updateMeeting(
                        meetingId,
                        version,
                        meeting.at(),
                        meeting.place(),
                        meeting.agenda(),
                        meeting.minutes(),
                        meeting.status())) {
            throw new ConflictException("programme.governance.meeting.conflict");
        }
        store.attendance(meetingId, meeting.attendance());
        return meetingView(meetingRow(programmeId, meetingId));
    }

    /** Deletes a meeting; its decisions stay in the register, no longer tied to it. */
    @Transactional
    public void deleteMeeting(long programmeId, long meetingId, CurrentUser user) {
        forEdit(programmeId, user);
        meetingRow(programmeId, meetingId);
        store.deleteMeeting(meetingId);
    }

    private record Checked(
            LocalDateTime at,
            @Nullable String place,
            @Nullable String agenda,
            @Nullable String minutes,
            MeetingStatus status,
            Map<Long, MeetingPresence> attendance) {}

    private static Checked checked(MeetingForm form, BodyView body) {
        List<Problem> problems = new ArrayList<>();
        if (form.date() == null) {
            problems.add(Problem.of("date", "form.required", Text.of("meetingForm.date")));
        }
        LocalTime time = null;
        String typed = trimmed(form.time());
        if (typed == null) {
            problems.add(Problem.of("time", "form.required", Text.of("meetingForm.time")));
        } else if (!typed.matches("([01]?\\d|2[0-3]):[0-5]\\d")) {
            problems.add(Problem.of("time", "programme.governance.meeting.time"));
        } else {
            String[] parts = typed.split(":");
            time = LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
        String place = trimmed(form.place());
        String agenda = trimmed(form.agenda());
        String minutes = trimmed(form.minutes());
        size(problems, "place", "meetingForm.place", place, 200);
        size(problems, "agenda", "meetingForm.agenda", agenda, 8000);
        size(problems, "minutes", "meetingForm.minutes", minutes, 20000);
        MeetingStatus status = form.status() == null ? MeetingStatus.PLANNED : form.status();
        Map<Long, MeetingPresence> attendance = new LinkedHashMap<>();
        if (form.attendance() != null) {
            var members = body.members().stream().map(MemberView::id).collect(Collectors.toSet());
            form.attendance().forEach((member, presence) -> {
                if (member == null || !members.contains(member)) {
                    problems.add(Problem.of("attendance", "programme.governance.meeting.member"));
                } else if (presence != null) {
                    attendance.put(member, presence);
                }
            });
        }
        if (status == MeetingStatus.HELD && !body.gaps().isEmpty()) {
            problems.add(Problem.of("status", "programme.governance.meeting.composition"));
        }
        refuse(problems);
        return new Checked(
                LocalDateTime.of(Objects.requireNonNull(form.date()), Objects.requireNonNull(time)),
                place,
                agenda,
                minutes,
                status,
                attendance);
    }

    // --- decisions register and deliberations ---

    /**
     * One page of the register (the latest first) and the deliberations: a correspondent's own
     * collectivité's only.
     */
    public DecisionRegister register(long programmeId, int page, CurrentUser user) {
        GovernanceProgramme programme = programme(programmeId, user);
        ListPage.requested(page);
        long total = store.countDecisions(programmeId);
        int number = ListPage.number(page, PAGE_SIZE, total);
        List<DecisionView> items = store.decisions(programmeId, ListPage.offset(number, PAGE_SIZE), PAGE_SIZE);
        return new DecisionRegister(
                programme,
                new ListPage<>(items, number, PAGE_SIZE, total),
                deliberations(programmeId, user),
                canEdit(user));
    }

    /** The council deliberations this reader may see: a correspondent, their own collectivité's. */
    public List<DeliberationView> deliberations(long programmeId, CurrentUser user) {
        programme(programmeId, user);
        List<DeliberationView> all = new ArrayList<>(store.procurementDeliberations(programmeId));
        all.addAll(store.manualDeliberations(programmeId));
        return all.stream()
                .filter(d -> !user.isCorrespondent() || user.isOwn(d.collectivityId()))
                .toList();
    }

    public DecisionView decision(long programmeId, long decisionId, CurrentUser user) {
        programme(programmeId, user);
        return decisionRow(programmeId, decisionId);
    }

    @Transactional
    public DecisionView createDecision(long programmeId, DecisionForm form, CurrentUser user) {
        forEdit(programmeId, user);
        DecisionForm d = checked(programmeId, form);
        long id = store.insertDecision(
                programmeId,
                Objects.requireNonNull(d.bodyId()),
                d.meetingId(),
                Objects.requireNonNull(d.decidedOn()),
                Objects.requireNonNull(d.text()),
                d.actionId(),
                Objects.requireNonNull(d.status()));
        return decisionRow(programmeId, id);
    }

    @Transactional
    public DecisionView updateDecision(long programmeId, long decisionId, DecisionForm form, CurrentUser user) {
        forEdit(programmeId, user);
        decisionRow(programmeId, decisionId);
        DecisionForm d = checked(programmeId, form);
        store.updateDecision(
                decisionId,
                Objects.requireNonNull(d.bodyId()),
                d.meetingId(),
                Objects.requireNonNull(d.decidedOn()),
                Objects.requireNonNull(d.text()),
                d.actionId(),
                Objects.requireNonNull(d.status()));
        return decisionRow(programmeId, decisionId);
    }

    @Transactional
    public void deleteDecision(long programmeId, long decisionId, CurrentUser user) {
        forEdit(programmeId, user);
        decisionRow(programmeId, decisionId);
        store.deleteDecision(decisionId);
    }

    private DecisionForm checked(long programmeId, DecisionForm form) {
        List<Problem> problems = new ArrayList<>();
        String text = trimmed(form.text());
        if (form.bodyId() == null) {
            problems.add(Problem.of("bodyId", "form.required", Text.of("decisionForm.bodyId")));
        } else if (store.body(form.bodyId())
                .filter(b -> b.programmeId() == programmeId)
                .isEmpty()) {
            problems.add(Problem.of("bodyId", "programme.governance.decision.body"));
        }
        if (form.meetingId() != null
                && store.meeting(form.meetingId())
                        .filter(m -> m.programmeId() == programmeId && Objects.equals(m.bodyId(), form.bodyId()))
                        .isEmpty()) {
            problems.add(Problem.of("meetingId", "programme.governance.decision.meeting"));
        }
        if (form.decidedOn() == null) {
            problems.add(Problem.of("decidedOn", "form.required", Text.of("decisionForm.decidedOn")));
        }
        if (text == null) {
            problems.add(Problem.of("text", "form.required", Text.of("decisionForm.text")));
        } else {
            size(problems, "text", "decisionForm.text", text, 2000);
        }
        if (form.actionId() != null
                && store.action(form.actionId())
                        .filter(a -> a.programmeId() == programmeId)
                        .isEmpty()) {
            problems.add(Problem.of("actionId", "programme.governance.decision.action"));
        }
        if (form.status() == null) {
            problems.add(Problem.of("status", "form.required", Text.of("decisionForm.status")));
        }
        refuse(problems);
        return new DecisionForm(
                form.bodyId(), form.meetingId(), form.decidedOn(), text, form.actionId(), form.status());
    }

    /**
     * Sets the number of a collectivité's deliberation joining a procurement linked to one of the
     * programme's actions (its date is the procurement member's); a blank number removes it.
     */
    @Transactional
    public void number(long programmeId, DeliberationNumberForm form, CurrentUser user) {
        forEdit(programmeId, user);
        List<Problem> problems = new ArrayList<>();
        String number = trimmed(form.number());
        if (form.procurementId() == null || form.collectivityId() == null) {
            problems.add(Problem.of("procurementId", "programme.governance.deliberation.member"));
        } else if (!store.procurementMember(programmeId, form.procurementId(), form.collectivityId())) {
            problems.add(Problem.of("collectivityId", "programme.governance.deliberation.member"));
        }
        size(problems, "number", "deliberationNumberForm.number", number, 40);
        refuse(problems);
        store.number(
                Objects.requireNonNull(form.procurementId()), Objects.requireNonNull(form.collectivityId()), number);
    }

    /** Records a collectivité's deliberation joining a convention. */
    @Transactional
    public DeliberationView recordDeliberation(long programmeId, DeliberationForm form, CurrentUser user) {
        GovernanceProgramme programme = forEdit(programmeId, user);
        List<Problem> problems = new ArrayList<>();
        String subject = trimmed(form.subject());
        String number = trimmed(form.number());
        if (form.collectivityId() == null) {
            problems.add(Problem.of("collectivityId", "form.required", Text.of("deliberationForm.collectivityId")));
        } else if (!inTerritory(form.collectivityId(), programme)) {
            problems.add(Problem.of("collectivityId", "programme.governance.member.collectivity"));
        }
        if (subject == null) {
            problems.add(Problem.of("subject", "form.required", Text.of("deliberationForm.subject")));
        } else {
            size(problems, "subject", "deliberationForm.subject", subject, 300);
        }
        size(problems, "number", "deliberationForm.number", number, 40);
        if (form.deliberatedOn() == null) {
            problems.add(Problem.of("deliberatedOn", "form.required", Text.of("deliberationForm.deliberatedOn")));
        }
        refuse(problems);
        long id = store.insertDeliberation(
                programmeId,
                Objects.requireNonNull(form.collectivityId()),
                Objects.requireNonNull(subject),
                number,
                Objects.requireNonNull(form.deliberatedOn()));
        return store.deliberation(id).orElseThrow();
    }

    public DeliberationView deliberation(long programmeId, long deliberationId, CurrentUser user) {
        programme(programmeId, user);
        DeliberationView d = store.deliberationProgramme(deliberationId)
                .filter(p -> p == programmeId)
                .flatMap(p -> store.deliberation(deliberationId))
                .orElseThrow(() -> new NotFoundException("programme.governance.deliberation.notfound"));
        if (user.isCorrespondent() && !user.isOwn(d.collectivityId())) {
            throw new NotFoundException("programme.governance.deliberation.notfound");
        }
        return d;
    }

    @Transactional
    public void deleteDeliberation(long programmeId, long deliberationId, CurrentUser user) {
        forEdit(programmeId, user);
        deliberation(programmeId, deliberationId, user);
        store.deleteDeliberation(deliberationId);
    }

    // --- choices for the forms ---

    /** The collectivités of the programme's territory. */
    public List<GovernanceChoice> collectivities(long programmeId, CurrentUser user) {
        GovernanceProgramme programme = programme(programmeId, user);
        return territories.collectivities(programme.territoryId()).stream()
                .map(c -> new GovernanceChoice(c.id(), c.name()))
                .toList();
    }

    /** The accounts a member may be: staff, elected officials, the territory's correspondents. Staff only. */
    public List<GovernanceChoice> accounts(long programmeId, CurrentUser user) {
        GovernanceProgramme programme = forEdit(programmeId, user);
        var own = territories.collectivities(programme.territoryId()).stream()
                .map(c -> c.id())
                .collect(Collectors.toSet());
        return accounts.all().stream()
                .filter(a ->
                        !a.isCorrespondent() || a.collectivityIds().stream().anyMatch(own::contains))
                .map(a -> new GovernanceChoice(a.id(), a.displayName() + " (" + a.username() + ")"))
                .toList();
    }

    /** The programme's actions, for a decision's link. */
    public List<GovernanceChoice> actions(long programmeId, CurrentUser user) {
        programme(programmeId, user);
        return store.actions(programmeId).stream()
                .map(a -> new GovernanceChoice(a.id(), a.title()))
                .toList();
    }

    // --- documents (prepared, access checked, before the response is opened) ---

    public byte[] minutesPdf(long programmeId, long meetingId, CurrentUser user) {
        return pdf.minutes(minutes(programmeId, meetingId, user));
    }

    public byte[] minutesOds(long programmeId, long meetingId, CurrentUser user) {
        return ods.minutes(minutes(programmeId, meetingId, user));
    }

    public byte[] registerPdf(long programmeId, CurrentUser user) {
        GovernanceProgramme programme = programme(programmeId, user);
        return pdf.register(programme, store.decisions(programmeId), deliberations(programmeId, user));
    }

    public byte[] registerOds(long programmeId, CurrentUser user) {
        GovernanceProgramme programme = programme(programmeId, user);
        return ods.register(programme, store.decisions(programmeId), deliberations(programmeId, user));
    }

    // --- service to service (no reader: the caller checks access) ---

    /**
     * The programme's meetings from {@code from} on, the soonest first, at most {@code limit}: for
     * the programme's calendar feed and the elected official's page. No access check.
     */
    public List<MeetingView> upcomingMeetings(long programmeId, LocalDate from, int limit) {
        List<MeetingRow> rows = store.upcoming(programmeId, from.atStartOfDay(), limit);
        return views(programmeId, rows);
    }

    /** Every meeting of the programme, in date order. No access check: for other services. */
    public List<MeetingView> meetings(long programmeId) {
        return meetingViews(programmeId);
    }

    /** The whole decisions register of the programme, in date order. No access check: for other services. */
    public List<DecisionView> decisions(long programmeId) {
        return store.decisions(programmeId);
    }

    // --- reading ---

    private BodyRow bodyRow(long programmeId, long bodyId) {
        return store.body(bodyId)
                .filter(b -> b.programmeId() == programmeId)
                .orElseThrow(() -> new NotFoundException("programme.governance.body.notfound", String.valueOf(bodyId)));
    }

    private MeetingRow meetingRow(long programmeId, long meetingId) {
        return store.meeting(meetingId)
                .filter(m -> m.programmeId() == programmeId)
                .orElseThrow(() ->
                        new NotFoundException("programme.governance.meeting.notfound", String.valueOf(meetingId)));
    }

    private DecisionView decisionRow(long programmeId, long decisionId) {
        return store.decision(decisionId)
                .filter(d -> d.programmeId() == programmeId)
                .orElseThrow(() ->
                        new NotFoundException("programme.governance.decision.notfound", String.valueOf(decisionId)));
    }

    private List<BodyView> bodyViews(long programmeId) {
        Map<Long, List<MemberView>> members =
                store.members(programmeId).stream().collect(Collectors.groupingBy(MemberView::bodyId));
        return store.bodies(programmeId).stream()
                .map(b -> bodyView(b, members.getOrDefault(b.id(), List.of())))
                .toList();
    }

    private BodyView bodyView(BodyRow body) {
        return bodyView(body, store.membersOf(body.id()));
    }

    private static BodyView bodyView(BodyRow body, List<MemberView> members) {
        List<CompositionGap> gaps = BodyComposition.gaps(
                body.kind() == BodyKind.STEERING_COMMITTEE,
                count(members, BodyRole.MARKET_COORDINATOR),
                count(members, BodyRole.GROUP_LEADER));
        return new BodyView(body.id(), body.programmeId(), body.kind(), body.name(), body.theme(), members, gaps);
    }

    private static int count(List<MemberView> members, BodyRole role) {
        return (int) members.stream().filter(m -> m.role() == role).count();
    }

    private List<MeetingView> meetingViews(long programmeId) {
        return views(programmeId, store.meetings(programmeId));
    }

    private List<MeetingView> views(long programmeId, List<MeetingRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MemberView>> members =
                store.members(programmeId).stream().collect(Collectors.groupingBy(MemberView::bodyId));
        Map<Long, Map<Long, MeetingPresence>> presences = new HashMap<>();
        for (PresenceRow p : store.presences(programmeId)) {
            presences.computeIfAbsent(p.meetingId(), k -> new HashMap<>()).put(p.memberId(), p.presence());
        }
        return rows.stream()
                .map(r ->
                        view(r, members.getOrDefault(r.bodyId(), List.of()), presences.getOrDefault(r.id(), Map.of())))
                .toList();
    }

    private MeetingView meetingView(MeetingRow row) {
        Map<Long, MeetingPresence> marks = new HashMap<>();
        store.presencesOf(row.id()).forEach(p -> marks.put(p.memberId(), p.presence()));
        return view(row, store.membersOf(row.bodyId()), marks);
    }

    private static MeetingView view(MeetingRow row, List<MemberView> members, Map<Long, MeetingPresence> marks) {
        List<MeetingAttendance> attendance = members.stream()
                .map(m -> new MeetingAttendance(m.id(), m.name(), m.collectivityName(), m.role(), marks.get(m.id())))
                .toList();
        AttendanceCount count = AttendanceCount.of(
                attendance.size(),
                presence(attendance, MeetingPresence.PRESENT),
                presence(attendance, MeetingPresence.EXCUSED),
                presence(attendance, MeetingPresence.ABSENT));
        return new MeetingView(
                row.id(),
                row.programmeId(),
                row.bodyId(),
                row.bodyName(),
                row.heldAt(),
                row.place(),
                row.agenda(),
                row.minutes(),
                row.status(),
                row.version(),
                attendance,
                count);
    }

    private static int presence(List<MeetingAttendance> attendance, MeetingPresence presence) {
        return (int) attendance.stream().filter(a -> a.presence() == presence).count();
    }

    // --- input ---

    private static @Nullable String trimmed(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }

    private static void size(List<Problem> problems, String field, String label, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(Problem.of(field, "form.size", Text.of(label), String.valueOf(max)));
        }
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, "form.refused");
        }
    }
}
