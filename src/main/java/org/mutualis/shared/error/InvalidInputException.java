package org.mutualis.shared.error;

import java.util.List;
import java.util.Map;
import org.mutualis.shared.text.Text;

/** A form or API body refused as a whole: every problem is listed and nothing is saved. */
public class InvalidInputException extends RejectedException {

    private final List<InputProblem> inputProblems;

    public InvalidInputException(List<InputProblem> problems) {
        super(
                problems.stream().map(p -> Problem.of(p.field(), p.message())).toList(),
                "text.one",
                Text.joined(problems.stream().map(InputProblem::message).toList()));
        this.inputProblems = List.copyOf(problems);
    }

    public List<InputProblem> inputProblems() {
        return inputProblems;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of(
                "errors",
                inputProblems.stream()
                        .map(p -> Map.<String, Object>of("field", p.field(), "message", p.message()))
                        .toList());
    }
}
