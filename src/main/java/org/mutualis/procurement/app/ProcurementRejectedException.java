package org.mutualis.procurement.app;

import java.util.List;
import java.util.stream.Collectors;
import org.mutualis.procurement.Violation;

/** A procurement or threshold refused, with every reason in French; nothing was saved. */
public class ProcurementRejectedException extends RuntimeException {

    private final List<Violation> violations;

    public ProcurementRejectedException(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
