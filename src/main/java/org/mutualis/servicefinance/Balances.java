package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.Assessments;
import org.mutualis.assessment.ObtainedSaving;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.documents.BalancePdf;
import org.mutualis.servicefinance.documents.StatementWords;
import org.mutualis.servicefinance.domain.sharing.NetBalance;
import org.mutualis.servicefinance.domain.sharing.NetBalances;
import org.mutualis.servicefinance.domain.sharing.SavingObtained;
import org.mutualis.servicefinance.domain.sharing.ServiceCharge;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Service;

/**
 * Each collectivité's net balance for a year: the savings it obtained from the territory's group
 * procurements (their assessments, {@link Assessments#savingsObtained}) minus what it pays the
 * service centre (its annual statement's total, {@link Statements#territory}), by {@link
 * NetBalances}. A saving not communicated makes the net unknown; so do charges that cannot be
 * known (a service used in the year has no unit cost yet), said with the services' names.
 *
 * <p>Who may: like the statements — the territory's staff and elected officials, and the
 * collectivité's own correspondent (another collectivité's balance is a 404); technicians never.
 *
 * <p>No transaction of its own: the statements and the savings are each read in theirs, so that a
 * statement refused (a service without a unit cost) leaves nothing marked for rollback — the
 * balance says the charges are unknown instead.
 */
@Service
public class Balances {

    private final Statements statements;
    private final Territories territories;
    private final Assessments assessments;
    private final UnitRecords records;
    private final UnitCosts unitCosts;
    private final FinanceAccess access;
    private final Clock clock;

    Balances(
            Statements statements,
            Territories territories,
            Assessments assessments,
            UnitRecords records,
            UnitCosts unitCosts,
            FinanceAccess access,
            Clock clock) {
        this.statements = statements;
        this.territories = territories;
        this.assessments = assessments;
        this.records = records;
        this.unitCosts = unitCosts;
        this.access = access;
        this.clock = clock;
    }

    /** The balance as a PDF for the council, drawn up today (French). */
    public byte[] pdf(BalanceView view) {
        return BalancePdf.write(view, LocalDate.now(clock), StatementWords.french());
    }

    /** Every collectivité of the territory's net balance for the year, by code (no access check). */
    public List<NetBalance> territory(long territoryId, int year) {
        return drawn(territoryId, territoryName(territoryId), year).stream()
                .map(BalanceView::balance)
                .toList();
    }

    /**
     * Every collectivité's balance of the territory for the year (this year by default); a
     * correspondent gets their own collectivités' rows only.
     *
     * @throws org.mutualis.shared.error.ForbiddenException for a technician
     * @throws org.mutualis.shared.error.NotFoundException when there is no such territory
     * @throws RejectedException (400) for a year out of 1900–2200
     */
    public BalanceList list(@Nullable Long territory, @Nullable Integer year, CurrentUser user) {
        TerritorySummary t = access.territory(territory, user);
        int y = unitCosts.year(year);
        List<BalanceView> rows = drawn(t.id(), t.name(), y).stream()
                .filter(b -> !user.isCorrespondent() || user.isOwn(b.collectivityId()))
                .toList();
        return new BalanceList(t.id(), t.name(), y, rows);
    }

    /**
     * The collectivité's net balance for the year (this year by default).
     *
     * @throws org.mutualis.shared.error.ForbiddenException for a technician
     * @throws org.mutualis.shared.error.NotFoundException when there is no such collectivité, or
     *     this person may not see it (a correspondent of another collectivité)
     * @throws RejectedException (400) for a year out of 1900–2200
     */
    public BalanceView of(long collectivityId, @Nullable Integer year, CurrentUser user) {
        CollectivityView c = records.readable(collectivityId, user);
        int y = unitCosts.year(year);
        return drawn(c.territoryId(), territoryName(c.territoryId()), y).stream()
                .filter(b -> b.collectivityId() == c.id())
                .findFirst()
                .orElseThrow();
    }

    private String territoryName(long territoryId) {
        return territories.find(territoryId).map(TerritorySummary::name).orElse("");
    }

    /** Every collectivité's balance, by code: the statements drawn once, the savings read once. */
    private List<BalanceView> drawn(long territoryId, String territoryName, int year) {
        Map<String, Statement> drawn;
        List<Text> chargesUnknown;
        try {
            drawn = statements.territory(territoryId, year).stream()
                    .collect(Collectors.toMap(Statement::collectivityCode, Function.identity()));
            chargesUnknown = List.of();
        } catch (RejectedException refused) {
            // Names the services without a unit cost only, nothing of another collectivité's uses.
            drawn = Map.of();
            chargesUnknown = refused.problems().stream().map(Balances::text).toList();
            if (chargesUnknown.isEmpty()) {
                chargesUnknown = List.of(Text.of(refused.code(), refused.args()));
            }
        }
        Map<String, List<ObtainedSaving>> savings = assessments.savingsObtained(territoryId, year).stream()
                .collect(Collectors.groupingBy(ObtainedSaving::collectivityCode));
        List<BalanceView> balances = new ArrayList<>();
        List<CollectivityView> collectivities = new ArrayList<>(territories.collectivities(territoryId));
        collectivities.sort(Comparator.comparing(CollectivityView::code));
        for (CollectivityView c : collectivities) {
            List<ObtainedSaving> own = savings.getOrDefault(c.code(), List.of());
            Statement statement = drawn.get(c.code());
            List<ServiceCharge> charges = !chargesUnknown.isEmpty()
                    ? null
                    : statement == null
                            ? List.of()
                            : List.of(
                                    new ServiceCharge("État annuel des recours au service " + year, statement.total()));
            NetBalance balance = NetBalances.of(
                    c.code(),
                    year,
                    own.stream()
                            .map(s -> new SavingObtained(source(s), s.amount()))
                            .toList(),
                    charges);
            balances.add(new BalanceView(
                    territoryId,
                    territoryName,
                    c.id(),
                    c.code(),
                    c.name(),
                    year,
                    balance,
                    own.stream().map(s -> new SavingLine(s, formula(s, year))).toList(),
                    chargesUnknown,
                    statement != null));
        }
        return balances;
    }

    private static Text text(Problem problem) {
        return Text.of(problem.code(), problem.args().toArray());
    }

    /** The procurement, the item and its supplier, as the notes name an NC saving. */
    static String source(ObtainedSaving s) {
        return s.procurement() + " — " + s.item() + " (" + s.supplier() + ")";
    }

    /** How the saving was placed in the year, with its numbers. */
    static Text formula(ObtainedSaving s, int year) {
        if (s.amount() == null || s.annual() == null) {
            return Text.of("servicefinance.balances.saving.nc", s.collectivityName());
        }
        String from = s.from().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String to = s.to().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        if (s.oneOff()) {
            return Text.of("servicefinance.balances.saving.oneOff", euros(s.annual()), from, String.valueOf(year));
        }
        return Text.of(
                "servicefinance.balances.saving.recurring", euros(s.annual()), s.months(), euros(s.amount()), from, to);
    }

    private static String euros(BigDecimal amount) {
        return FrenchDecimals.euros(amount);
    }
}
