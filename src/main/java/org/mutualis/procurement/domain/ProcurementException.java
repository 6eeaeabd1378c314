package org.mutualis.procurement.domain;

import java.util.List;
import java.util.Map;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;

/** A procurement or threshold refused by the rules, carrying every violation, not just the first; nothing was saved. */
public class ProcurementException extends RejectedException {

    private final List<Violation> violations;

    public ProcurementException(List<Violation> violations) {
        super(
                violations.stream().map(v -> Problem.of(v.rule(), v.message())).toList(),
                "text.one",
                violations.stream()
                        .map(Violation::message)
                        .reduce((a, b) -> Text.of("text.two", a, b))
                        .orElse(Text.of("procurement.rejected")));
        this.violations = List.copyOf(violations);
    }

    /** The violated rules, in the order they were checked. */
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
