package org.mutualis.savings;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scenario as edited: texts as typed, the volume effect as the form formatters read it ({@code
 * 35}, {@code 37,5}), participants and themes as ticked. {@link Scenarios} checks every rule again.
 */
public record ScenarioForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @Nullable String kind,

        @NotNull @DecimalMin("0") @DecimalMax("100") @Nullable
        BigDecimal retainedPercent,

        @Size(max = 1000) @Nullable String assumption,
        @Size(max = 4000) @Nullable String advantages,
        @Size(max = 4000) @Nullable String drawbacks,
        @Nullable List<String> themes,
        @Nullable List<String> participants) {

    public static ScenarioForm of(ScenarioView s) {
        return new ScenarioForm(
                s.name(),
                s.kind().name(),
                s.retainedPercent(),
                s.assumption(),
                s.advantages(),
                s.drawbacks(),
                s.themes().stream().map(Enum::name).sorted().toList(),
                s.participants().stream().sorted().toList());
    }
}
