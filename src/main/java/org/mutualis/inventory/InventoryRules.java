package org.mutualis.inventory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.rules.Classification;
import org.mutualis.inventory.domain.rules.ClassificationEngine;
import org.mutualis.inventory.domain.rules.Rule;
import org.mutualis.inventory.domain.rules.RuleField;
import org.mutualis.inventory.domain.rules.RuleKind;
import org.mutualis.inventory.persistence.RuleStore;
import org.mutualis.inventory.persistence.RuleStore.Fingerprint;
import org.mutualis.inventory.persistence.RuleStore.RuleRow;
import org.mutualis.inventory.persistence.RuleStore.RuleValues;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.error.TypedTexts;
import org.mutualis.shared.text.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instance's normalisation rules (one set for the whole instance): read by every signed-in
 * person but the service centre's technicians, changed by the administrator only.
 *
 * <p>{@link #classify(InventoryReport)} uses the current rules, compiled once and kept until they
 * change: a change made here drops the compiled set at once; a change made by another instance is
 * seen within {@link #RECHECK} (the rules' fingerprint — count, versions, greatest id — is read
 * again at most that often).
 */
@Service
public class InventoryRules {

    /** How often the compiled rules are checked against the database. */
    public static final Duration RECHECK = Duration.ofSeconds(5);

    private static final int MAX_POSITION = 1_000_000;

    private final RuleStore store;
    private final Clock clock;
    private final InventoryAccess access;
    private final Object lock = new Object();
    private volatile @Nullable Compiled compiled;

    InventoryRules(RuleStore store, Clock clock, InventoryAccess access) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    private record Compiled(ClassificationEngine engine, Fingerprint fingerprint, Instant checkedAt) {}

    /**
     * Every rule, by kind and position.
     *
     * @throws ForbiddenException for a technician
     */
    @Transactional(readOnly = true)
    public List<RuleView> list(CurrentUser user) {
        access.requireReader(user);
        return store.all().stream().map(InventoryRules::view).toList();
    }

    /**
     * One rule.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such rule
     */
    @Transactional(readOnly = true)
    public RuleView get(long id, CurrentUser user) {
        access.requireReader(user);
        return find(id);
    }

    /**
     * Which rule classifies one text read from a field, as the current rules stand: one answer per
     * kind of rule that reads the field (an OS name is read by the device type's rules and the
     * system's).
     *
     * @throws ForbiddenException for a technician
     * @throws RejectedException without a field or a text
     */
    public List<RuleTrial> tryText(@Nullable RuleField field, @Nullable String text, CurrentUser user) {
        access.requireReader(user);
        List<Problem> problems = new ArrayList<>();
        if (field == null) {
            problems.add(Problem.of("field", "form.required", Text.of("ruleForm.field")));
        }
        if (text == null || text.isBlank()) {
            problems.add(Problem.of("text", "form.required", Text.of("inventory.rules.try.text")));
        }
        TypedTexts.refuse(problems);
        RuleField f = Objects.requireNonNull(field);
        String t = Objects.requireNonNull(text);
        ClassificationEngine engine = engine();
        List<RuleTrial> trials = new ArrayList<>();
        for (RuleKind kind : RuleKind.values()) {
            if (!kind.fields().contains(f)) {
                continue;
            }
            Optional<ClassificationEngine.Trial> trial = engine.tryText(kind, f, t);
            if (trial.isEmpty()) {
                trials.add(new RuleTrial(kind, f, ClassificationEngine.prepare(f, t), null, null, null, null));
            } else {
                ClassificationEngine.Trial found = trial.get();
                RuleView rule =
                        store.find(found.rule().id()).map(InventoryRules::view).orElse(null);
                trials.add(new RuleTrial(
                        kind,
                        f,
                        found.text(),
                        rule,
                        found.rule().result(),
                        found.rule().product(),
                        found.version()));
            }
        }
        return trials;
    }

    /** Classifies an inventory with the current rules (for the module's services; no access check). */
    public Classification classify(InventoryReport report) {
        return engine().classify(report);
    }

    /** The current rules, compiled (for the module's services that classify many inventories at once). */
    public ClassificationEngine engine() {
        Compiled current = compiled;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.checkedAt().plus(RECHECK))) {
            return current.engine();
        }
        synchronized (lock) {
            current = compiled;
            if (current != null && now.isBefore(current.checkedAt().plus(RECHECK))) {
                return current.engine();
            }
            Fingerprint fingerprint = store.fingerprint();
            if (current != null && current.fingerprint().equals(fingerprint)) {
                compiled = new Compiled(current.engine(), fingerprint, now);
                return current.engine();
            }
            ClassificationEngine engine = ClassificationEngine.of(
                    store.all().stream().map(InventoryRules::rule).toList());
            compiled = new Compiled(engine, fingerprint, now);
            return engine;
        }
    }

    /** @throws ForbiddenException when this person is not the administrator */
    public void forAdding(CurrentUser user) {
        access.requireAdministrator(user);
    }

    /**
     * A rule to change or delete.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such rule
     */
    public RuleView forEdit(long id, CurrentUser user) {
        access.requireAdministrator(user);
        return find(id);
    }

    /**
     * Adds a rule.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws RejectedException with every wrong field (an invalid pattern named on {@code pattern})
     */
    @Transactional
    public RuleView add(RuleForm form, CurrentUser user) {
        access.requireAdministrator(user);
        RuleValues values = checked(form);
        long id = store.insert(values, user.displayName(), LocalDateTime.now(clock));
        changed();
        return find(id);
    }

    /**
     * Changes a rule with the version read.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such rule
     * @throws RejectedException with every wrong field
     * @throws ConflictException when someone changed it since it was read
     */
    @Transactional
    public RuleView update(long id, RuleForm form, CurrentUser user) {
        RuleView current = forEdit(id, user);
        RuleValues values = checked(form);
        return write(current, values, required(form.version(), "ruleForm.version"), user);
    }

    /** Writes a rule's values over the version read, and the rules apply again from the next device. */
    private RuleView write(RuleView current, RuleValues values, long version, CurrentUser user) {
        if (!store.update(current.id(), values, user.displayName(), LocalDateTime.now(clock), version)) {
            throw new ConflictException("inventory.rules.stale", String.valueOf(current.position()));
        }
        changed();
        return find(current.id());
    }

    /**
     * Applies a rule again, or no longer, with the version read.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such rule
     * @throws RejectedException without a version
     * @throws ConflictException when someone changed it since it was read
     */
    @Transactional
    public RuleView setEnabled(long id, boolean enabled, @Nullable Long version, CurrentUser user) {
        RuleView current = forEdit(id, user);
        long v = required(version, "ruleForm.version");
        RuleValues values = new RuleValues(
                current.kind().name(),
                current.position(),
                current.field().name(),
                current.pattern(),
                current.result(),
                current.product(),
                current.versionTemplate(),
                enabled,
                current.note());
        return write(current, values, v, user);
    }

    /**
     * Moves a rule one place up (earlier: it is tried before) or down among the rules of its kind,
     * by exchanging its position with its neighbour's.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such rule
     * @throws RejectedException without a version
     * @throws ConflictException when someone changed it since it was read
     */
    @Transactional
    public RuleView move(long id, boolean up, @Nullable Long version, CurrentUser user) {
        RuleView current = forEdit(id, user);
        long v = required(version, "ruleForm.version");
        List<RuleRow> ofKind = store.all().stream()
                .filter(r -> r.kind().equals(current.kind().name()))
                .toList();
        int index = -1;
        for (int i = 0; i < ofKind.size(); i++) {
            if (ofKind.get(i).id() == id) {
                index = i;
            }
        }
        int other = up ? index - 1 : index + 1;
        if (current.version() != v) {
            throw new ConflictException("inventory.rules.stale", String.valueOf(current.position()));
        }
        if (other < 0 || other >= ofKind.size()) {
            return current;
        }
        RuleRow neighbour = ofKind.get(other);
        int mine = current.position();
        int theirs = neighbour.position();
        if (mine == theirs) {
            // Same position: the id decided; make room so that the order changes.
            theirs = up ? mine - 1 : mine + 1;
            mine = neighbour.position();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!store.move(id, theirs, user.displayName(), now, v)
                || !store.move(neighbour.id(), mine, user.displayName(), now, neighbour.version())) {
            throw new ConflictException("inventory.rules.stale", String.valueOf(current.position()));
        }
        changed();
        return find(id);
    }

    /**
     * Deletes a rule with the version read (the page asks for a confirmation first).
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such rule
     * @throws RejectedException without a version
     * @throws ConflictException when someone changed it since it was read
     */
    @Transactional
    public void delete(long id, @Nullable Long version, CurrentUser user) {
        RuleView current = forEdit(id, user);
        long v = required(version, "ruleForm.version");
        if (!store.delete(id, v)) {
            throw new ConflictException("inventory.rules.stale", String.valueOf(current.position()));
        }
        changed();
    }

    private void changed() {
        compiled = null;
    }

    private RuleValues checked(RuleForm form) {
        List<Problem> problems = new ArrayList<>();
        RuleKind kind = form.kind();
        if (kind == null) {
            problems.add(Problem.of("kind", "form.required", Text.of("ruleForm.kind")));
        }
        RuleField field = form.field();
        if (field == null) {
            problems.add(Problem.of("field", "form.required", Text.of("ruleForm.field")));
        }
        Integer position = form.position();
        if (position == null) {
            problems.add(Problem.of("position", "form.required", Text.of("ruleForm.position")));
        } else if (position < 0 || position > MAX_POSITION) {
            problems.add(Problem.of("position", "inventory.rules.position.range", MAX_POSITION));
        }
        String pattern = TypedTexts.required(problems, "pattern", "ruleForm.pattern", form.pattern(), 1000);
        String result = TypedTexts.required(problems, "result", "ruleForm.result", form.result(), 30);
        String product = TypedTexts.optional(problems, "product", "ruleForm.product", form.product(), 100);
        String template = TypedTexts.optional(
                problems, "versionTemplate", "ruleForm.versionTemplate", form.versionTemplate(), 100);
        String note = TypedTexts.optional(problems, "note", "ruleForm.note", form.note(), 1000);
        TypedTexts.refuse(problems);
        boolean enabled = form.enabled() == null || form.enabled();
        Rule rule = new Rule(
                0,
                Objects.requireNonNull(kind),
                Objects.requireNonNull(position),
                Objects.requireNonNull(field),
                Objects.requireNonNull(pattern),
                Objects.requireNonNull(result),
                product,
                template,
                enabled);
        ClassificationEngine.check(rule).ifPresent(p -> {
            String named = "version".equals(p.field()) ? "versionTemplate" : p.field();
            throw new RejectedException(List.of(new Problem(named, p.code(), p.args())), "form.refused");
        });
        return new RuleValues(kind.name(), position, field.name(), pattern, result, product, template, enabled, note);
    }

    private static long required(@Nullable Long version, String label) {
        if (version == null) {
            throw new RejectedException(
                    List.of(Problem.of("version", "form.required", Text.of(label))), "form.refused");
        }
        return version;
    }

    private RuleView find(long id) {
        return store.find(id)
                .map(InventoryRules::view)
                .orElseThrow(() -> new NotFoundException("inventory.rules.notFound", id));
    }

    private static RuleView view(RuleRow r) {
        return new RuleView(
                r.id(),
                RuleKind.valueOf(r.kind()),
                r.position(),
                RuleField.valueOf(r.fieldName()),
                r.pattern(),
                r.outcome(),
                r.product(),
                r.versionTemplate(),
                r.enabled(),
                r.note(),
                r.changedBy(),
                r.changedAt(),
                r.version());
    }

    private static Rule rule(RuleRow r) {
        return new Rule(
                r.id(),
                RuleKind.valueOf(r.kind()),
                r.position(),
                RuleField.valueOf(r.fieldName()),
                r.pattern(),
                r.outcome(),
                r.product(),
                r.versionTemplate(),
                r.enabled());
    }
}
