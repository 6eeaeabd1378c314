package org.mutualis.servicefinance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutualis.servicefinance.domain.sharing.NetBalance;
import org.mutualis.servicefinance.domain.sharing.NetBalances;
import org.mutualis.servicefinance.domain.sharing.SavingObtained;
import org.mutualis.servicefinance.domain.sharing.ServiceCharge;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each collectivité's net balance for a year: the savings it obtained from group procurements
 * minus what it pays the service centre (NetBalances). Skeleton: the savings side is still to be
 * read from the assessments.
 */
@Service
@Transactional(readOnly = true)
public class Balances {

    private final Statements statements;
    private final Territories territories;

    Balances(Statements statements, Territories territories) {
        this.statements = statements;
        this.territories = territories;
    }

    /** Every collectivité of the territory's net balance for the year, by code (no access check). */
    @Transactional
    public List<NetBalance> territory(long territoryId, int year) {
        Map<String, Statement> drawn = statements.territory(territoryId, year).stream()
                .collect(Collectors.toMap(Statement::collectivityCode, Function.identity()));
        List<NetBalance> balances = new ArrayList<>();
        for (CollectivityView c : territories.collectivities(territoryId)) {
            Statement statement = drawn.get(c.code());
            List<ServiceCharge> charges =
                    statement == null ? List.of() : List.of(new ServiceCharge("statement", statement.total()));
            List<SavingObtained> savings = List.of();
            balances.add(NetBalances.of(c.code(), year, savings, charges));
        }
        balances.sort(java.util.Comparator.comparing(NetBalance::collectivityCode));
        return balances;
    }
}
