package org.mutualis.procurement.app;

import java.util.List;
import java.util.stream.Collectors;

/** A form or API body refused as a whole: every problem is listed and nothing is saved. */
public class InvalidInputException extends RuntimeException {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
