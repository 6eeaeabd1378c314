package org.mutualis.savings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A scenario as edited: texts as typed, participants as ticked, themes as ticked. */
public record ScenarioForm(
        @Nullable String name,
        @Nullable String kind,
        @Nullable String retainedPercent,
        @Nullable String assumption,
        @Nullable String advantages,
        @Nullable String drawbacks,
        @Nullable List<String> themes,
        @Nullable List<String> participants) {

    public static ScenarioForm of(ScenarioView s) {
        return new ScenarioForm(
                s.name(),
                s.kind().name(),
                s.retainedPercent().toPlainString(),
                s.assumption(),
                s.advantages(),
                s.drawbacks(),
                s.themes().stream().map(Enum::name).sorted().toList(),
                s.participants().stream().sorted().toList());
    }
}
