package org.mutualis.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.domain.ItemTheme;

/**
 * An action to add or change. On creation its tasks are copied from the template and planned one
 * after the other from {@code startOn} (by default the 1st of January of its first year, or the
 * programme's start if later), each after the previous one (finish-to-start).
 */
public record ActionForm(
        @NotNull Long stageId,
        @Nullable ItemTheme theme,
        @NotBlank @Size(max = 300) String title,
        @NotNull @Min(2000) @Max(2100) Integer firstYear,
        @NotNull @Min(2000) @Max(2100) Integer lastYear,
        @Nullable @Size(max = 4000) String description,
        @Nullable @Size(max = 2000) String gain,
        @Nullable Long campaignId,
        @Nullable Long procurementId,
        @Nullable @Size(max = 60) String serviceCode,
        @Nullable LocalDate startOn) {}
