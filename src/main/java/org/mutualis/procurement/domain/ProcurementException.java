package org.mutualis.procurement.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A procurement refused by the rules, carrying every violation, not just the first. */
public class ProcurementException extends RuntimeException {

    private final List<Violation> violations;

    public ProcurementException(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    /** The violated rules, in the order they were checked. */
    public List<Violation> violations() {
        return violations;
    }
}
