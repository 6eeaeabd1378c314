package org.mutualis.servicedesk;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.Mails;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.documents.AttendanceCertificatePdf;
import org.mutualis.servicedesk.domain.training.Seat;
import org.mutualis.servicedesk.domain.training.SeatAllocation;
import org.mutualis.servicedesk.domain.training.SeatAllocation.Allocation;
import org.mutualis.servicedesk.domain.training.SeatStatus;
import org.mutualis.servicedesk.domain.training.TrainingDuration;
import org.mutualis.servicedesk.persistence.TrainingStore;
import org.mutualis.servicedesk.persistence.TrainingStore.AttendedRow;
import org.mutualis.servicedesk.persistence.TrainingStore.NeedRow;
import org.mutualis.servicedesk.persistence.TrainingStore.RegistrationRow;
import org.mutualis.servicedesk.persistence.TrainingStore.SessionRow;
import org.mutualis.servicedesk.persistence.TrainingStore.SessionValues;
import org.mutualis.shared.ListPage;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.MutualisException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.error.TypedTexts;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.Territories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainings a service centre gives the relay users of the communes: sessions, registrations
 * with their waiting list ({@link SeatAllocation}), attendance and its certificate, the training
 * days attended per collectivité, and the training needs the collectivités send in.
 *
 * <p>Access: the centre's agents (the administrator, its technicians) plan sessions, see every
 * registration, take the attendance and answer the needs; a correspondent registers the staff of
 * their own collectivités, sees and cancels only those registrations (another one is not found),
 * downloads their certificates and sends needs; analysts and elected officials of the territory read
 * the sessions. A session of another territory's centre is not found (404). Methods without a
 * {@link CurrentUser} are for other services, which check access themselves.
 */
@Service
@Transactional(readOnly = true)
public class Trainings {

    /** Sessions per page of each list. */
    public static final int PAGE_SIZE = 20;

    private static final Logger LOG = LoggerFactory.getLogger(Trainings.class);
    private static final String TIME = "([01]?\\d|2[0-3]):[0-5]\\d";
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final TrainingStore store;
    private final ServiceCentres centres;
    private final TerritoryScope scope;
    private final Territories territories;
    private final Mails mails;
    private final Clock clock;

    Trainings(
            TrainingStore store,
            ServiceCentres centres,
            TerritoryScope scope,
            Territories territories,
            Mails mails,
            Clock clock) {
        this.store = store;
        this.centres = centres;
        this.scope = scope;
        this.territories = territories;
        this.mails = mails;
        this.clock = clock;
    }

    // --- access ---

    /** The centre this person works with (see {@link ServiceCentres#forUser}). */
    @Transactional
    public CentreView centre(@Nullable Long territory, CurrentUser user) {
        return centres.forUser(territory, user);
    }

    /**
     * The centre, if this person is one of its agents: asked by the pages before they show a form.
     *
     * @throws ForbiddenException when they are not
     */
    @Transactional
    public CentreView forPlanning(@Nullable Long territory, CurrentUser user) {
        CentreView centre = centre(territory, user);
        centres.requireAgent(user, centre.id());
        return centre;
    }

    /** Whether this person may see the centre's sessions: its agents, and the people of its territory. */
    private boolean mayRead(CurrentUser user, CentreView centre) {
        if (centres.isAgent(user, centre.id())) {
            return true;
        }
        return !user.isTechnician() && scope.readable(centre.territoryId(), user);
    }

    /** @throws ForbiddenException unless the person registers staff or sends needs: correspondents and agents */
    private static void requireRequester(CurrentUser user) {
        if (!(user.isCorrespondent() || user.isAdministrator() || user.isTechnician())) {
            throw new ForbiddenException("servicedesk.training.requesters.only");
        }
    }

    private record Found(CentreView centre, SessionRow row) {}

    private Found found(long sessionId, CurrentUser user) {
        SessionRow row = store.session(sessionId).orElseThrow(() -> sessionNotFound(sessionId));
        CentreView centre = centres.find(row.centreId());
        if (!mayRead(user, centre)) {
            throw sessionNotFound(sessionId);
        }
        return new Found(centre, row);
    }

    private static NotFoundException sessionNotFound(long id) {
        return new NotFoundException("servicedesk.training.session.notfound", String.valueOf(id));
    }

    private static NotFoundException registrationNotFound(long id) {
        return new NotFoundException("servicedesk.training.registration.notfound", String.valueOf(id));
    }

    /**
     * The session, if this person may see it.
     *
     * @throws NotFoundException when it does not exist or belongs to a centre they do not work with
     */
    public TrainingSessionView session(long sessionId, CurrentUser user) {
        return view(found(sessionId, user).row());
    }

    /**
     * The session, if this person may change it: asked by the pages and the API before a form.
     *
     * @throws NotFoundException as {@link #session}
     * @throws ForbiddenException unless they are one of its centre's agents
     */
    public TrainingSessionView forEdit(long sessionId, CurrentUser user) {
        Found found = found(sessionId, user);
        centres.requireAgent(user, found.centre().id());
        return view(found.row());
    }

    // --- sessions ---

    /** The centre's sessions to come and past, one page of each. */
    @Transactional
    public TrainingSessionList sessions(@Nullable Long territory, int upcomingPage, int pastPage, CurrentUser user) {
        ListPage.requested(upcomingPage);
        ListPage.requested(pastPage);
        CentreView centre = centre(territory, user);
        LocalDate today = LocalDate.now(clock);
        return new TrainingSessionList(
                centre,
                page(centre.id(), true, today, upcomingPage),
                page(centre.id(), false, today, pastPage),
                centres.isAgent(user, centre.id()));
    }

    private ListPage<TrainingSessionView> page(long centreId, boolean upcoming, LocalDate today, int requested) {
        long total = store.countSessions(centreId, upcoming, today);
        int number = ListPage.number(requested, PAGE_SIZE, total);
        List<TrainingSessionView> items =
                store.sessions(centreId, upcoming, today, ListPage.offset(number, PAGE_SIZE), PAGE_SIZE).stream()
                        .map(Trainings::view)
                        .toList();
        return new ListPage<>(items, number, PAGE_SIZE, total);
    }

    /** A session with the registrations this reader may follow, and whether they may register someone. */
    public TrainingSessionPage sessionPage(long sessionId, CurrentUser user) {
        Found found = found(sessionId, user);
        boolean agent = centres.isAgent(user, found.centre().id());
        List<TrainingRegistrationView> registrations = visible(found, user);
        return new TrainingSessionPage(
                found.centre(),
                view(found.row()),
                registrations,
                registrable(found.centre(), user),
                open(found.row()),
                attendanceOpen(found.row()),
                agent);
    }

    /**
     * Plans a session of the centre.
     *
     * @throws ForbiddenException unless the person is one of the centre's agents
     * @throws RejectedException (422) naming every wrong field
     */
    @Transactional
    public TrainingSessionView create(@Nullable Long territory, TrainingSessionForm form, CurrentUser user) {
        CentreView centre = forPlanning(territory, user);
        SessionValues values = checked(form, 0);
        if (values.status().equals(TrainingSessionStatus.HELD.name())) {
            TypedTexts.refuse(List.of(Problem.of("status", "servicedesk.training.session.heldLater")));
        }
        long id = store.insertSession(centre.id(), values);
        return view(store.session(id).orElseThrow());
    }

    /**
     * Changes a session, if nobody changed it since {@code form.version()}; its capacity may not fall
     * below the people already confirmed; a larger one gives seats to the waiting list, in order.
     *
     * @throws ConflictException (409) when the session moved on; nothing is overwritten
     */
    @Transactional
    public TrainingSessionView update(long sessionId, TrainingSessionForm form, CurrentUser user) {
        forEdit(sessionId, user);
        store.lock(sessionId);
        SessionRow current = store.session(sessionId).orElseThrow(() -> sessionNotFound(sessionId));
        List<RegistrationRow> registrations = store.registrations(sessionId);
        int minimum = SeatAllocation.minimumCapacity(seats(registrations));
        SessionValues values = checked(form, minimum);
        if (form.version() == null) {
            TypedTexts.refuse(List.of(Problem.of("version", "form.required", Text.of("trainingSessionForm.version"))));
        }
        long version = Objects.requireNonNull(form.version());
        if (version != current.version() || !store.updateSession(sessionId, values, version)) {
            throw new ConflictException("servicedesk.training.session.conflict");
        }
        List<Long> promoted = allocate(values.capacity(), registrations);
        notifyPromoted(sessionId, promoted);
        return view(store.session(sessionId).orElseThrow());
    }

    private SessionValues checked(TrainingSessionForm form, int minimumCapacity) {
        List<Problem> problems = new ArrayList<>();
        String topic = TypedTexts.required(problems, "topic", "trainingSessionForm.topic", form.topic(), 200);
        String description = TypedTexts.optional(
                problems, "description", "trainingSessionForm.description", form.description(), 4000);
        String place = TypedTexts.required(problems, "place", "trainingSessionForm.place", form.place(), 200);
        String trainer = TypedTexts.required(problems, "trainer", "trainingSessionForm.trainer", form.trainer(), 200);
        if (form.firstDay() == null) {
            problems.add(Problem.of("firstDay", "form.required", Text.of("trainingSessionForm.firstDay")));
        }
        LocalDate first = form.firstDay();
        LocalDate last = form.lastDay() == null ? first : form.lastDay();
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(Problem.of("lastDay", "servicedesk.training.session.days"));
        }
        LocalTime start = time(problems, "startTime", "trainingSessionForm.startTime", form.startTime());
        LocalTime end = time(problems, "endTime", "trainingSessionForm.endTime", form.endTime());
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(Problem.of("endTime", "servicedesk.training.session.hours"));
        }
        Integer capacity = form.capacity();
        if (capacity == null) {
            problems.add(Problem.of("capacity", "form.required", Text.of("trainingSessionForm.capacity")));
        } else if (capacity < 1) {
            problems.add(Problem.of("capacity", "form.min", Text.of("trainingSessionForm.capacity"), "1"));
        } else if (capacity > 10000) {
            problems.add(Problem.of("capacity", "form.max", Text.of("trainingSessionForm.capacity"), "10000"));
        } else if (capacity < minimumCapacity) {
            problems.add(Problem.of(
                    "capacity",
                    "servicedesk.training.session.capacityBelowConfirmed",
                    String.valueOf(minimumCapacity)));
        }
        TypedTexts.refuse(problems);
        TrainingSessionStatus status = form.status() == null ? TrainingSessionStatus.PLANNED : form.status();
        return new SessionValues(
                Objects.requireNonNull(topic),
                description,
                Objects.requireNonNull(first),
                Objects.requireNonNull(last),
                Objects.requireNonNull(start),
                Objects.requireNonNull(end),
                Objects.requireNonNull(place),
                Objects.requireNonNull(trainer),
                Objects.requireNonNull(capacity),
                status.name());
    }

    private static @Nullable LocalTime time(
            List<Problem> problems, String field, String label, @Nullable String typed) {
        String t = TypedTexts.trimmed(typed);
        if (t == null) {
            problems.add(Problem.of(field, "form.required", Text.of(label)));
            return null;
        }
        if (!t.matches(TIME)) {
            problems.add(Problem.of(field, "servicedesk.training.session.time"));
            return null;
        }
        String[] parts = t.split(":");
        return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    private boolean open(SessionRow row) {
        return row.status().equals(TrainingSessionStatus.PLANNED.name())
                && LocalDateTime.now(clock).isBefore(row.firstDay().atTime(row.startsAt()));
    }

    private boolean attendanceOpen(SessionRow row) {
        return !row.status().equals(TrainingSessionStatus.CANCELLED.name())
                && !LocalDateTime.now(clock).isBefore(row.firstDay().atTime(row.startsAt()));
    }

    // --- registrations ---

    /** The session's registrations this reader may follow: agents all, a correspondent their collectivités'. */
    public List<TrainingRegistrationView> registrations(long sessionId, CurrentUser user) {
        requireRequester(user);
        return visible(found(sessionId, user), user);
    }

    private List<TrainingRegistrationView> visible(Found found, CurrentUser user) {
        long centre = found.centre().id();
        return views(store.registrations(found.row().id())).stream()
                .filter(r -> centres.mayFollow(user, centre, r.collectivityId()))
                .toList();
    }

    /**
     * One registration, for its collectivité's correspondent and the centre's agents.
     *
     * @throws NotFoundException for anyone else, as for an unknown one
     */
    public TrainingRegistrationView registration(long sessionId, long registrationId, CurrentUser user) {
        Found found = found(sessionId, user);
        return registrationOf(found, registrationId, user);
    }

    private TrainingRegistrationView registrationOf(Found found, long registrationId, CurrentUser user) {
        RegistrationRow row = store.registration(registrationId)
                .filter(r -> r.sessionId() == found.row().id())
                .filter(r -> centres.mayFollow(user, found.centre().id(), r.collectivityId()))
                .orElseThrow(() -> registrationNotFound(registrationId));
        return views(store.registrations(found.row().id())).stream()
                .filter(r -> r.id() == row.id())
                .findFirst()
                .orElseThrow(() -> registrationNotFound(registrationId));
    }

    /** The collectivités this person may register staff for: a correspondent's own; an agent's, every one the centre serves. */
    private List<TrainingChoice> registrable(CentreView centre, CurrentUser user) {
        if (centres.isAgent(user, centre.id())) {
            return territories.collectivities(centre.territoryId()).stream()
                    .filter(c -> !c.merged())
                    .map(c -> new TrainingChoice(c.id(), c.name()))
                    .toList();
        }
        if (user.isCorrespondent()) {
            return territories.collectivities(user.collectivityIds()).stream()
                    .filter(c -> c.territoryId() == centre.territoryId())
                    .map(c -> new TrainingChoice(c.id(), c.name()))
                    .toList();
        }
        return List.of();
    }

    /**
     * Registers a person of a collectivité: a seat if one is free and nobody waits, otherwise the end
     * of the waiting list.
     *
     * @throws ForbiddenException unless the person is a correspondent or an agent
     * @throws NotFoundException when the session is not one they may see
     * @throws RejectedException (422) naming every wrong field: not one of the reader's
     *     collectivités, the same name twice for the session and the collectivité
     * @throws ConflictException (409) when the session has started, was held or cancelled
     */
    @Transactional
    public TrainingRegistrationView register(long sessionId, TrainingRegistrationForm form, CurrentUser user) {
        requireRequester(user);
        Found found = found(sessionId, user);
        List<Problem> problems = new ArrayList<>();
        Long collectivity = collectivity(problems, form.collectivityId(), found.centre(), user);
        String name = TypedTexts.required(
                problems, "personName", "trainingRegistrationForm.personName", form.personName(), 200);
        String job = TypedTexts.optional(problems, "job", "trainingRegistrationForm.job", form.job(), 200);
        String email = TypedTexts.optional(problems, "email", "trainingRegistrationForm.email", form.email(), 254);
        if (email != null && email.length() <= 254 && !email.matches(EMAIL)) {
            problems.add(Problem.of("email", "servicedesk.training.registration.email"));
        }
        TypedTexts.refuse(problems);
        store.lock(sessionId);
        SessionRow row = store.session(sessionId).orElseThrow(() -> sessionNotFound(sessionId));
        if (!open(row)) {
            throw new ConflictException("servicedesk.training.registration.closed");
        }
        List<RegistrationRow> registrations = store.registrations(sessionId);
        String key = key(Objects.requireNonNull(name));
        boolean twice = registrations.stream()
                .anyMatch(r -> !r.status().equals(SeatStatus.CANCELLED.name())
                        && r.collectivityId() == collectivity
                        && r.nameKey().equals(key));
        if (twice) {
            TypedTexts.refuse(List.of(Problem.of("personName", "servicedesk.training.registration.twice", name)));
        }
        String contact = user.username().matches(EMAIL) && user.username().length() <= 254 ? user.username() : null;
        long id = store.insertRegistration(
                sessionId,
                Objects.requireNonNull(collectivity),
                name,
                key,
                job,
                email,
                user.id() > 0 ? user.id() : null,
                contact,
                LocalDateTime.now(clock),
                SeatStatus.WAITING.name());
        List<RegistrationRow> after = store.registrations(sessionId);
        allocate(row.capacity(), after);
        return registrationOf(new Found(found.centre(), row), id, user);
    }

    private @Nullable Long collectivity(
            List<Problem> problems, @Nullable Long requested, CentreView centre, CurrentUser user) {
        Long id = requested;
        if (id == null && user.isCorrespondent() && user.collectivityIds().size() == 1) {
            id = user.collectivityId();
        }
        if (id == null) {
            problems.add(
                    Problem.of("collectivityId", "form.required", Text.of("trainingRegistrationForm.collectivityId")));
            return null;
        }
        boolean allowed = centres.isAgent(user, centre.id())
                ? centres.serves(centre, id)
                : user.isCorrespondent() && user.isOwn(id) && centres.serves(centre, id);
        if (!allowed) {
            problems.add(Problem.of("collectivityId", "servicedesk.training.collectivity.notYours"));
            return null;
        }
        return id;
    }

    /**
     * Cancels a registration; the seat it held goes to the first person waiting, whose correspondent
     * is told by e-mail when their address is known.
     *
     * @throws NotFoundException as {@link #registration}
     * @throws ConflictException (409) when it was already cancelled or the session has started
     */
    @Transactional
    public TrainingRegistrationView cancel(long sessionId, long registrationId, CurrentUser user) {
        Found found = found(sessionId, user);
        registrationOf(found, registrationId, user);
        store.lock(sessionId);
        SessionRow row = store.session(sessionId).orElseThrow(() -> sessionNotFound(sessionId));
        RegistrationRow registration = store.registration(registrationId).orElseThrow();
        if (registration.status().equals(SeatStatus.CANCELLED.name())) {
            throw new ConflictException("servicedesk.training.registration.cancelled");
        }
        if (!LocalDateTime.now(clock).isBefore(row.firstDay().atTime(row.startsAt()))) {
            throw new ConflictException("servicedesk.training.registration.started");
        }
        List<RegistrationRow> registrations = store.registrations(sessionId);
        Allocation allocation = SeatAllocation.cancel(row.capacity(), seats(registrations), registrationId);
        store.setStatus(registrationId, SeatStatus.CANCELLED.name(), LocalDateTime.now(clock));
        write(registrations, allocation, registrationId);
        notifyPromoted(sessionId, allocation.promoted());
        return registrationOf(new Found(found.centre(), row), registrationId, user);
    }

    /** Applies the rule to the session's registrations, writes what changed; returns those promoted. */
    private List<Long> allocate(int capacity, List<RegistrationRow> registrations) {
        Allocation allocation = SeatAllocation.allocate(capacity, seats(registrations));
        write(registrations, allocation, -1);
        return allocation.promoted();
    }

    private void write(List<RegistrationRow> before, Allocation allocation, long alreadyWritten) {
        Map<Long, String> was = before.stream().collect(Collectors.toMap(RegistrationRow::id, RegistrationRow::status));
        for (Seat seat : allocation.seats()) {
            if (seat.id() != alreadyWritten && !seat.status().name().equals(was.get(seat.id()))) {
                store.setStatus(seat.id(), seat.status().name(), null);
            }
        }
    }

    private static List<Seat> seats(List<RegistrationRow> registrations) {
        return registrations.stream()
                .map(r -> new Seat(r.id(), SeatStatus.valueOf(r.status())))
                .toList();
    }

    /** Tells the correspondents whose staff got a seat, where their address is known; a refusal is logged. */
    private void notifyPromoted(long sessionId, List<Long> promoted) {
        if (promoted.isEmpty()) {
            return;
        }
        SessionRow session = store.session(sessionId).orElseThrow();
        for (long id : promoted) {
            RegistrationRow r = store.registration(id).orElseThrow();
            if (r.contact() == null) {
                continue;
            }
            try {
                mails.send(
                        r.contact(),
                        "Place confirmée : " + session.topic(),
                        "Bonjour,\n\nUne place s’est libérée : " + r.personName() + " (" + r.collectivityName()
                                + ") passe de la liste d’attente à la formation « " + session.topic() + " » du "
                                + session.firstDay().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                                + " à " + session.startsAt() + ", " + session.place() + ".\n\n— Mutualis\n");
            } catch (MutualisException e) {
                LOG.warn("Training seat e-mail to {} not sent: {}", r.contact(), e.getMessage());
            }
        }
    }

    // --- attendance and certificates ---

    /**
     * Marks who attended (agents, once the session has begun); the session is then held. Only
     * registrations with a seat are marked; a mark left out keeps what was there.
     *
     * @throws ConflictException (409) before the session begins, or when it was cancelled
     */
    @Transactional
    public TrainingSessionPage attendance(long sessionId, TrainingAttendanceForm form, CurrentUser user) {
        forEdit(sessionId, user);
        SessionRow row = store.session(sessionId).orElseThrow(() -> sessionNotFound(sessionId));
        List<RegistrationRow> registrations = store.registrations(sessionId);
        Set<Long> seated = registrations.stream()
                .filter(r -> r.status().equals(SeatStatus.CONFIRMED.name()))
                .map(RegistrationRow::id)
                .collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        Map<Long, TrainingPresence> marks = new LinkedHashMap<>();
        for (TrainingAttendanceMark mark : form.marks() == null ? List.<TrainingAttendanceMark>of() : form.marks()) {
            if (mark == null || mark.registrationId() == null || !seated.contains(mark.registrationId())) {
                problems.add(Problem.of("marks", "servicedesk.training.attendance.unknown"));
            } else if (mark.presence() != null) {
                marks.put(mark.registrationId(), mark.presence());
            }
        }
        TypedTexts.refuse(problems);
        if (!attendanceOpen(row)) {
            throw new ConflictException("servicedesk.training.attendance.notYet");
        }
        marks.forEach((id, presence) -> store.setPresence(id, presence.name()));
        if (!marks.isEmpty()) {
            store.markHeld(sessionId);
        }
        return sessionPage(sessionId, user);
    }

    /**
     * The attendance certificate (PDF) of a person present, for their collectivité's correspondent
     * and the centre's agents.
     *
     * @throws NotFoundException for anyone else, or when the person was not marked present
     */
    public byte[] certificate(long sessionId, long registrationId, CurrentUser user) {
        Found found = found(sessionId, user);
        TrainingRegistrationView r = registrationOf(found, registrationId, user);
        SessionRow s = found.row();
        if (!r.certified() || s.status().equals(TrainingSessionStatus.CANCELLED.name())) {
            throw new NotFoundException("servicedesk.training.certificate.none");
        }
        return AttendanceCertificatePdf.write(new AttendanceCertificatePdf.Certificate(
                found.centre().name(),
                r.personName(),
                r.job(),
                r.collectivityName(),
                s.topic(),
                s.firstDay(),
                s.lastDay(),
                s.startsAt(),
                s.endsAt(),
                TrainingDuration.minutes(s.firstDay(), s.lastDay(), s.startsAt(), s.endsAt()),
                TrainingDuration.days(s.firstDay(), s.lastDay(), s.startsAt(), s.endsAt()),
                s.trainer(),
                s.place(),
                LocalDate.now(clock)));
    }

    // --- training days ---

    /**
     * The training days attended per collectivité of the centre in a year (this year by default;
     * sessions beginning in the year), for its agents.
     */
    @Transactional
    public TrainingDays days(@Nullable Long territory, @Nullable Integer year, CurrentUser user) {
        CentreView centre = forPlanning(territory, user);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 1900 || y > 2200) {
            throw new RejectedException(List.of(Problem.of("year", "servicedesk.training.days.year")), "form.refused");
        }
        LocalDate from = LocalDate.of(y, 1, 1);
        LocalDate to = LocalDate.of(y, 12, 31);
        return new TrainingDays(centre, from, to, daysAttended(centre.id(), from, to));
    }

    /**
     * The training days attended per collectivité of a centre, for other services (the cost
     * sharing): each present registration counts its session's days. No access check.
     */
    public List<TrainingDaysView> daysAttended(long centreId, LocalDate from, LocalDate to) {
        Map<Long, TrainingDaysView> rows = new LinkedHashMap<>();
        for (AttendedRow a : store.attended(centreId, from, to)) {
            BigDecimal days = TrainingDuration.days(a.firstDay(), a.lastDay(), a.startsAt(), a.endsAt());
            rows.merge(
                    a.collectivityId(),
                    new TrainingDaysView(a.collectivityId(), a.collectivityName(), 1, days),
                    (x, y) -> new TrainingDaysView(
                            x.collectivityId(),
                            x.collectivityName(),
                            x.attendances() + 1,
                            x.days().add(y.days())));
        }
        return List.copyOf(rows.values());
    }

    /**
     * One collectivité's people present at the centre's sessions (not cancelled) beginning in the
     * period, one line per present registration with its session's days, for other services (the
     * cost sharing's units, each traceable to its session). No access check.
     */
    public List<TrainingAttended> attendedBy(long centreId, long collectivityId, LocalDate from, LocalDate to) {
        return store.attendedBy(centreId, collectivityId, from, to).stream()
                .map(a -> new TrainingAttended(
                        a.sessionId(),
                        a.topic(),
                        a.firstDay(),
                        TrainingDuration.days(a.firstDay(), a.lastDay(), a.startsAt(), a.endsAt())))
                .toList();
    }

    // --- needs ---

    /** The needs this reader sees: agents every need grouped by topic, a correspondent their own. */
    @Transactional
    public TrainingNeeds needs(@Nullable Long territory, CurrentUser user) {
        requireRequester(user);
        CentreView centre = centre(territory, user);
        boolean agent = centres.isAgent(user, centre.id());
        List<NeedRow> rows = store.needs(centre.id(), agent ? null : user.collectivityIds());
        Map<String, List<TrainingNeedView>> byTopic = new LinkedHashMap<>();
        for (NeedRow row : rows) {
            byTopic.computeIfAbsent(row.topicKey(), k -> new ArrayList<>()).add(view(row));
        }
        List<TrainingNeedTopic> topics = byTopic.values().stream()
                .map(needs -> new TrainingNeedTopic(
                        needs.get(needs.size() - 1).topic(),
                        needs.size(),
                        needs.stream().mapToInt(TrainingNeedView::people).sum(),
                        (int) needs.stream().filter(n -> !n.answered()).count(),
                        needs))
                .sorted(Comparator.comparingInt(TrainingNeedTopic::people)
                        .reversed()
                        .thenComparing(TrainingNeedTopic::topic))
                .toList();
        List<TrainingChoice> sessions = agent
                ? store.recentSessions(centre.id(), 200).stream()
                        .map(s -> new TrainingChoice(
                                s.id(),
                                s.topic() + " ("
                                        + s.firstDay()
                                                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                                        + ")"))
                        .toList()
                : List.of();
        return new TrainingNeeds(centre, topics, registrable(centre, user), sessions, agent);
    }

    /**
     * Sends a training need of one of the reader's collectivités (agents: for any the centre serves).
     *
     * @throws ForbiddenException unless the person is a correspondent or an agent
     * @throws RejectedException (422) naming every wrong field
     */
    @Transactional
    public TrainingNeedView submitNeed(@Nullable Long territory, TrainingNeedForm form, CurrentUser user) {
        requireRequester(user);
        CentreView centre = centre(territory, user);
        List<Problem> problems = new ArrayList<>();
        Long collectivity = collectivity(problems, form.collectivityId(), centre, user);
        String topic = TypedTexts.required(problems, "topic", "trainingNeedForm.topic", form.topic(), 200);
        String comment = TypedTexts.optional(problems, "comment", "trainingNeedForm.comment", form.comment(), 2000);
        Integer people = form.people();
        if (people == null) {
            problems.add(Problem.of("people", "form.required", Text.of("trainingNeedForm.people")));
        } else if (people < 1) {
            problems.add(Problem.of("people", "form.min", Text.of("trainingNeedForm.people"), "1"));
        } else if (people > 10000) {
            problems.add(Problem.of("people", "form.max", Text.of("trainingNeedForm.people"), "10000"));
        }
        TypedTexts.refuse(problems);
        long id = store.insertNeed(
                centre.id(),
                Objects.requireNonNull(collectivity),
                Objects.requireNonNull(topic),
                key(topic),
                Objects.requireNonNull(people),
                comment,
                user.id() > 0 ? user.id() : null,
                LocalDateTime.now(clock));
        return view(store.need(id).orElseThrow());
    }

    /**
     * Marks a need answered by one of the centre's sessions (none: open again), for its agents.
     *
     * @throws NotFoundException when there is no such need
     * @throws ForbiddenException unless the person is one of the centre's agents
     */
    @Transactional
    public TrainingNeedView answerNeed(long needId, TrainingNeedAnswerForm form, CurrentUser user) {
        TrainingNeedView need = forAnswer(needId, user);
        CentreView centre = centres.find(need.centreId());
        Long sessionId = form.sessionId();
        if (sessionId != null
                && store.session(sessionId)
                        .filter(s -> s.centreId() == centre.id())
                        .isEmpty()) {
            TypedTexts.refuse(List.of(Problem.of("sessionId", "servicedesk.training.need.session")));
        }
        store.answerNeed(needId, sessionId, sessionId == null ? null : LocalDateTime.now(clock));
        return view(store.need(needId).orElseThrow());
    }

    /**
     * A need, if this person may answer it: asked by the pages before they read the form.
     *
     * @throws NotFoundException when there is no such need, or a technician of another centre asks
     * @throws ForbiddenException unless the person is one of the need's centre's agents
     */
    public TrainingNeedView forAnswer(long needId, CurrentUser user) {
        NeedRow need = store.need(needId)
                .orElseThrow(() -> new NotFoundException("servicedesk.training.need.notfound", String.valueOf(needId)));
        if (user.isTechnician() && !centres.isAgent(user, need.centreId())) {
            throw new NotFoundException("servicedesk.training.need.notfound", String.valueOf(needId));
        }
        centres.requireAgent(user, need.centreId());
        return view(need);
    }

    // --- views ---

    private static TrainingSessionView view(SessionRow row) {
        return new TrainingSessionView(
                row.id(),
                row.centreId(),
                row.topic(),
                row.description(),
                row.firstDay(),
                row.lastDay(),
                row.startsAt(),
                row.endsAt(),
                row.place(),
                row.trainer(),
                row.capacity(),
                TrainingSessionStatus.valueOf(row.status()),
                row.version(),
                row.confirmed(),
                row.waiting(),
                TrainingDuration.days(row.firstDay(), row.lastDay(), row.startsAt(), row.endsAt()));
    }

    /** The session's registrations with each waiting person's rank on the list. */
    private static List<TrainingRegistrationView> views(List<RegistrationRow> rows) {
        List<TrainingRegistrationView> out = new ArrayList<>();
        int rank = 0;
        for (RegistrationRow r : rows) {
            boolean waiting = r.status().equals(SeatStatus.WAITING.name());
            out.add(new TrainingRegistrationView(
                    r.id(),
                    r.sessionId(),
                    r.collectivityId(),
                    r.collectivityName(),
                    r.personName(),
                    r.job(),
                    r.email(),
                    r.registeredAt(),
                    TrainingRegistrationStatus.valueOf(r.status()),
                    waiting ? ++rank : 0,
                    r.presence() == null ? null : TrainingPresence.valueOf(r.presence())));
        }
        return out;
    }

    private static TrainingNeedView view(NeedRow n) {
        return new TrainingNeedView(
                n.id(),
                n.centreId(),
                n.collectivityId(),
                n.collectivityName(),
                n.topic(),
                n.people(),
                n.comment(),
                n.submittedAt(),
                n.sessionId(),
                n.sessionTopic(),
                n.answeredAt());
    }

    // --- input ---

    /** A name or topic compared without regard to case, accents' composition and extra spaces. */
    static String key(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.FRENCH);
    }
}
