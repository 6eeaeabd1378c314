package org.mutualis.shared.error;

import java.util.List;

/**
 * A request refused for what it says, with every problem found; nothing was saved. Without
 * problems it is a plain refusal (400); with problems, an entity that cannot be processed (422).
 */
public class RejectedException extends MutualisException {

    private final List<Problem> problems;

    public RejectedException(String code, Object... args) {
        this(List.of(), code, args);
    }

    public RejectedException(List<Problem> problems, String code, Object... args) {
        super(code, args);
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<Problem> problems() {
        return problems;
    }
}
