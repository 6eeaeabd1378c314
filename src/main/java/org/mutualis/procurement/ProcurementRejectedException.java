package org.mutualis.procurement;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutualis.procurement.domain.Violation;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;

/** A procurement or threshold refused, with every reason in French; nothing was saved. */
public class ProcurementRejectedException extends RejectedException {

    private final List<Violation> violations;

    public ProcurementRejectedException(List<Violation> violations) {
        super(
                violations.stream().map(v -> Problem.of(v.rule(), v.message())).toList(),
                violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of(
                "violations",
                violations.stream()
                        .map(v -> Map.of("rule", v.rule(), "message", v.message()))
                        .toList());
    }
}
