package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Aggregation;

/**
 * Data-quality warnings: what an analyst must look at before trusting the figures. They never
 * stop a synthesis; the figures are computed with the data as it is.
 */
final class Warnings {

    private Warnings() {}

    static List<DataWarning> all(Context context) {
        List<DataWarning> warnings = new ArrayList<>();
        for (StratumState s : context.strataWithoutRespondent) {
            warnings.add(Representativity.withoutRespondentWarning(s));
        }
        for (ShareGroupSpec group : context.request.shareGroups()) {
            shareGroup(context, group, warnings);
        }
        for (IndicatorSpec indicator : context.request.indicators()) {
            outOfRange(context, indicator, warnings);
        }
        return warnings;
    }

    /**
     * A group's answers must match the devices: exactly for an OS (one per device), at most
     * maxPerDevice per device otherwise (a PC may carry two office suites). Only checked when every
     * member and device count is a usable number, since a partial answer cannot be compared.
     */
    private static void shareGroup(Context context, ShareGroupSpec group, List<DataWarning> warnings) {
        List<Column> members = new ArrayList<>();
        for (IndicatorSpec indicator : context.request.indicators()) {
            if (indicator.aggregation() == Aggregation.SHARE && group.code().equals(indicator.shareGroup())) {
                members.add(context.column(indicator.code()));
            }
        }
        if (members.isEmpty() || group.deviceIndicators().isEmpty()) {
            return;
        }
        List<Column> devices = new ArrayList<>();
        for (String code : group.deviceIndicators()) {
            devices.add(context.column(code));
        }
        BigDecimal max = BigDecimal.valueOf(group.maxPerDevice());
        for (Respondent r : context.respondents) {
            BigDecimal sum = total(members, r);
            BigDecimal deviceCount = total(devices, r);
            if (sum == null || deviceCount == null) {
                continue;
            }
            boolean mismatch = group.maxPerDevice() == 1
                    ? sum.compareTo(deviceCount) != 0
                    : sum.compareTo(max.multiply(deviceCount)) > 0;
            if (mismatch) {
                warnings.add(new DataWarning(
                        DataWarning.Kind.SHARE_GROUP_MISMATCH,
                        r.code(),
                        group.code(),
                        List.of(Numbers.plain(sum), Numbers.plain(deviceCount), String.valueOf(group.maxPerDevice()))));
            }
        }
    }

    /** Σ of the respondent's values over the columns, or null when one of them is not usable. */
    private static @Nullable BigDecimal total(List<Column> columns, Respondent r) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Column column : columns) {
            BigDecimal value = column.value(r.code());
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return sum;
    }

    private static void outOfRange(Context context, IndicatorSpec indicator, List<DataWarning> warnings) {
        BigDecimal min = indicator.plausibleMin();
        BigDecimal max = indicator.plausibleMax();
        if (min == null && max == null) {
            return;
        }
        Column column = context.column(indicator.code());
        for (int i = 0; i < column.size(); i++) {
            BigDecimal value = column.values.get(i);
            if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
                warnings.add(new DataWarning(
                        DataWarning.Kind.OUT_OF_RANGE,
                        column.respondents.get(i).code(),
                        indicator.code(),
                        List.of(
                                Numbers.plain(value),
                                min == null ? "" : Numbers.plain(min),
                                max == null ? "" : Numbers.plain(max))));
            }
        }
    }
}
