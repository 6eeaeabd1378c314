package org.mutualis.savings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignSummary;
import org.mutualis.identity.CurrentUser;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.ScenarioComparison;
import org.mutualis.savings.domain.ScenarioKind;
import org.mutualis.savings.domain.ScenarioOutcome;
import org.mutualis.savings.domain.ScenarioPlan;
import org.mutualis.savings.persistence.ScenarioStore;
import org.mutualis.shared.LruCache;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.InputProblem;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The study's scenarios as editable data, and their side-by-side comparison over the territory's
 * offers. Everyone of the territory reads them; the EPCI's staff edit them.
 */
@Service
public class Scenarios {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScenarioStore store;
    private final Offers offers;
    private final TerritorySavings savings;
    private final CensusVolumes volumes;
    private final Territories territories;
    private final TerritoryScope scope;
    private final LruCache<List<Object>, List<ScenarioOutcome>> outcomesCache = new LruCache<>(64);

    Scenarios(
            ScenarioStore store,
            Offers offers,
            TerritorySavings savings,
            CensusVolumes volumes,
            Territories territories,
            TerritoryScope scope) {
        this.store = store;
        this.offers = offers;
        this.savings = savings;
        this.volumes = volumes;
        this.territories = territories;
        this.scope = scope;
    }

    public List<ScenarioView> ofTerritory(long territoryId, CurrentUser user) {
        requireReadable(territoryId, user);
        return store.ofTerritory(territoryId);
    }

    public ScenarioView get(long id, CurrentUser user) {
        ScenarioView scenario = store.find(id).orElseThrow(() -> notFound(id));
        if (!scope.readable(scenario.territoryId(), user)) {
            throw notFound(id);
        }
        return scenario;
    }

    /** Adds the study's four scenarios, every active collectivité taking part; once per territory. */
    @Transactional
    public List<ScenarioView> createStudyScenarios(long territoryId, CurrentUser user) {
        Offers.requireStaff(user);
        requireReadable(territoryId, user);
        if (!store.ofTerritory(territoryId).isEmpty()) {
            throw new InvalidInputException(List.of(InputProblem.of("scenarios", "savings.scenarios.exist")));
        }
        Set<String> everyone = activeCodes(territoryId);
        int position = 10;
        for (ScenarioView scenario : StudyScenarios.forTerritory(territoryId, everyone)) {
            store.insert(scenario, position);
            position += 10;
        }
        return store.ofTerritory(territoryId);
    }

    /**
     * A new scenario of the given kind, every active collectivité taking part, the volume effect of
     * the study's scenario of that kind; the staff then edit it.
     */
    @Transactional
    public ScenarioView create(long territoryId, @Nullable String name, @Nullable String kind, CurrentUser user) {
        Offers.requireStaff(user);
        requireReadable(territoryId, user);
        List<InputProblem> problems = new ArrayList<>();
        String cleanName = name == null ? "" : name.trim();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            problems.add(InputProblem.of("name", "savings.scenario.name"));
        }
        ScenarioKind scenarioKind = null;
        try {
            scenarioKind = ScenarioKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            problems.add(InputProblem.of("kind", "savings.scenario.kind"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ScenarioKind chosen = scenarioKind;
        ScenarioView model = StudyScenarios.forTerritory(territoryId, Set.of()).stream()
                .filter(s -> s.kind() == chosen)
                .findFirst()
                .orElseThrow();
        List<ScenarioView> existing = store.ofTerritory(territoryId);
        Set<String> codes = existing.stream().map(ScenarioView::code).collect(Collectors.toSet());
        String code = "S" + (existing.size() + 1);
        for (int n = existing.size() + 2; codes.contains(code); n++) {
            code = "S" + n;
        }
        ScenarioView scenario = new ScenarioView(
                0,
                territoryId,
                code,
                cleanName,
                chosen,
                model.retainedPercent(),
                model.assumption(),
                "",
                "",
                model.themes(),
                activeCodes(territoryId),
                0);
        long id = store.insert(scenario, (existing.size() + 1) * 10);
        return get(id, user);
    }

    /** @throws ConflictException when someone saved this scenario since {@code version} */
    @Transactional
    public ScenarioView update(long id, int version, ScenarioForm form, CurrentUser user) {
        Offers.requireStaff(user);
        ScenarioView stored = get(id, user);
        ScenarioView changed = check(stored, version, form);
        if (!store.update(changed)) {
            throw new ConflictException("savings.scenario.conflict");
        }
        return get(id, user);
    }

    @Transactional
    public void delete(long id, CurrentUser user) {
        Offers.requireStaff(user);
        get(id, user);
        store.delete(id);
    }

    /**
     * Every scenario's expected savings over the territory's offers.
     *
     * @param campaignId the census for every offer; null for each offer's latest census
     */
    // No transaction on purpose: each store call borrows and returns its connection, and the
    // syntheses it asks for may wait for another reader's computation of the same campaign (a
    // waiter holding a connection could starve the pool of the one that computation needs).
    public ScenarioComparisonView compare(long territoryId, @Nullable Long campaignId, CurrentUser user) {
        requireReadable(territoryId, user);
        List<ScenarioView> scenarios = store.ofTerritory(territoryId);
        CensusVolumes.Batch batch = volumes.batch();
        List<CampaignSummary> choices = savings.campaignsOf(territoryId);
        CampaignSummary campaign = campaignId == null
                ? null
                : choices.stream()
                        .filter(c -> c.id() == campaignId)
                        .findFirst()
                        .orElseThrow(
                                () -> new NotFoundException("savings.campaign.notfound", String.valueOf(campaignId)));
        List<ScenarioComparison.OfferVolumes> offerVolumes = new ArrayList<>();
        Set<Text> notes = new LinkedHashSet<>();
        for (OfferView offer : offers.ofTerritory(territoryId, user)) {
            CampaignSummary used = savings.choose(choices, campaignId, offer, batch);
            List<org.mutualis.savings.domain.CollectivityVolume> itemVolumes = List.of();
            if (used == null) {
                notes.add(Text.of("savings.note.offerNoCensus", offer.item().label(), offer.supplier()));
            } else {
                VolumeSet set = batch.of(used.id(), offer);
                // A correspondent's own extrapolated line would show the stratum's other answers.
                itemVolumes = set.volumes().stream()
                        .filter(v -> !user.isCorrespondent()
                                || v.volumeSource() == org.mutualis.savings.domain.VolumeSource.DECLARED)
                        .toList();
                if (!user.isCorrespondent()) {
                    notes.addAll(set.exclusions());
                }
            }
            offerVolumes.add(new ScenarioComparison.OfferVolumes(offer.toCore(), itemVolumes, offer.contractMonths()));
        }
        boolean restricted = user.isCorrespondent();
        List<ScenarioPlan> plans = scenarios.stream()
                .map(s -> restricted ? ownOnly(s.toPlan(), ownCode(user)) : s.toPlan())
                .toList();
        // Keyed by everything the outcomes are computed from: a changed scenario, offer or answer
        // is another key. Under load the page spent half its time computing the same outcomes.
        List<ScenarioOutcome> outcomes = outcomesCache.get(
                List.of(plans, offerVolumes),
                () -> new ScenarioComparison(savings.engine()).compare(plans, offerVolumes));
        return new ScenarioComparisonView(
                territoryId, campaign, choices, scenarios, outcomes, new ArrayList<>(notes), restricted);
    }

    private ScenarioView check(ScenarioView stored, int version, ScenarioForm form) {
        List<InputProblem> problems = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().trim();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(InputProblem.of("name", "savings.scenario.name"));
        }
        ScenarioKind kind = null;
        try {
            kind = ScenarioKind.valueOf(form.kind() == null ? "" : form.kind());
        } catch (IllegalArgumentException e) {
            problems.add(InputProblem.of("kind", "savings.scenario.kind"));
        }
        BigDecimal retained = form.retainedPercent();
        if (retained == null) {
            problems.add(InputProblem.of("retainedPercent", "form.required", Text.of("savings.field.retained")));
        } else if (retained.signum() < 0 || retained.compareTo(HUNDRED) > 0) {
            problems.add(InputProblem.of("retainedPercent", "savings.scenario.retained", retained.toPlainString()));
            retained = null;
        }
        Set<ItemTheme> themes = EnumSet.noneOf(ItemTheme.class);
        for (String theme : form.themes() == null ? List.<String>of() : form.themes()) {
            try {
                themes.add(ItemTheme.valueOf(theme));
            } catch (IllegalArgumentException e) {
                problems.add(InputProblem.of("themes", "savings.scenario.theme", theme));
            }
        }
        Set<String> known = territories.collectivities(stored.territoryId()).stream()
                .map(CollectivityView::code)
                .collect(Collectors.toSet());
        Set<String> participants = new LinkedHashSet<>(form.participants() == null ? List.of() : form.participants());
        for (String code : participants) {
            if (!known.contains(code)) {
                problems.add(InputProblem.of("participants", "savings.scenario.participant", code));
            }
        }
        String assumption = text(form.assumption(), "assumption", "savings.field.assumption", 1000, problems);
        String advantages = text(form.advantages(), "advantages", "savings.field.advantages", 4000, problems);
        String drawbacks = text(form.drawbacks(), "drawbacks", "savings.field.drawbacks", 4000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ScenarioView(
                stored.id(),
                stored.territoryId(),
                stored.code(),
                name,
                kind,
                retained,
                assumption,
                advantages,
                drawbacks,
                themes,
                participants,
                version);
    }

    private static String text(
            @Nullable String text, String field, String label, int max, List<InputProblem> problems) {
        String value = text == null ? "" : text.strip();
        if (value.length() > max) {
            problems.add(InputProblem.of(field, "savings.field.tooLong", Text.of(label), String.valueOf(max)));
        }
        return value;
    }

    private Set<String> activeCodes(long territoryId) {
        return territories.collectivities(territoryId).stream()
                .filter(c -> !c.merged())
                .map(CollectivityView::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private String ownCode(CurrentUser user) {
        return territories
                .collectivity(user.collectivityId())
                .map(CollectivityView::code)
                .orElse("");
    }

    private static ScenarioPlan ownOnly(ScenarioPlan plan, String own) {
        return new ScenarioPlan(
                plan.code(),
                plan.name(),
                plan.kind(),
                plan.retainedPercent(),
                plan.participants().contains(own) ? Set.of(own) : Set.of(),
                plan.themes());
    }

    private void requireReadable(long territoryId, CurrentUser user) {
        scope.requireReadable(territoryId, user);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("savings.scenario.notfound", String.valueOf(id));
    }
}
