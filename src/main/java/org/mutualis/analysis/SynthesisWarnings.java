package org.mutualis.analysis;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.domain.DataWarning;
import org.mutualis.analysis.domain.IndicatorSpec;
import org.mutualis.analysis.domain.ShareGroupResult;
import org.mutualis.analysis.domain.Synthesis;

/**
 * The synthesis's data-quality warnings as a reader takes them in: grouped by kind (incoherent
 * totals, out-of-range values, strata without answer), each group by collectivité, each warning
 * worded as a problem to look at with the labels and units of what is concerned. It words the
 * warnings of the reader's view of the synthesis ({@link SynthesisView}): a correspondent's are
 * their own (see {@link org.mutualis.analysis.domain.Redaction}).
 */
final class SynthesisWarnings {

    /** The order of the groups on the page: what to correct first. */
    static final List<DataWarning.Kind> ORDER = List.of(
            DataWarning.Kind.SHARE_GROUP_MISMATCH,
            DataWarning.Kind.OUT_OF_RANGE,
            DataWarning.Kind.STRATUM_WITHOUT_RESPONDENT);

    private SynthesisWarnings() {}

    /**
     * @param names collectivité code → name
     * @param openable collectivité code → its id when the reader may open its response, else null
     */
    static List<WarningGroup> of(Synthesis s, Map<String, String> names, Function<String, @Nullable Long> openable) {
        Map<DataWarning.Kind, List<WarningLine>> byKind = new EnumMap<>(DataWarning.Kind.class);
        for (DataWarning w : s.warnings()) {
            String code = w.collectivityCode();
            String name = code == null ? "" : names.getOrDefault(code, code);
            byKind.computeIfAbsent(w.kind(), k -> new ArrayList<>())
                    .add(line(s, w, name, code == null ? null : openable.apply(code)));
        }
        Collator collator = Collator.getInstance(Locale.FRENCH);
        List<WarningGroup> groups = new ArrayList<>();
        for (DataWarning.Kind kind : ORDER) {
            List<WarningLine> lines = byKind.get(kind);
            if (lines != null) {
                lines.sort(Comparator.comparing(WarningLine::collectivityName, collator));
                groups.add(new WarningGroup(kind, List.copyOf(lines)));
            }
        }
        return List.copyOf(groups);
    }

    private static WarningLine line(Synthesis s, DataWarning w, String name, @Nullable Long id) {
        List<String> a = w.args();
        return switch (w.kind()) {
            case STRATUM_WITHOUT_RESPONDENT ->
                new WarningLine(
                        null,
                        arg(a, 0),
                        "warning.read.STRATUM_WITHOUT_RESPONDENT",
                        List.of(arg(a, 0), arg(a, 1)),
                        null);
            case SHARE_GROUP_MISMATCH -> {
                Optional<ShareGroupResult> group = s.shareGroup(w.subject());
                String label = group.map(g -> g.group().label()).orElse(w.subject());
                String memberUnit = group.flatMap(g -> g.rows().stream().findFirst())
                        .map(r -> r.totals().indicator().unit())
                        .orElse("");
                String deviceUnit = group.flatMap(g -> g.group().deviceIndicators().stream()
                                .findFirst()
                                .flatMap(s::count))
                        .map(c -> c.indicator().unit())
                        .orElse(memberUnit);
                String max = arg(a, 2);
                boolean exact = "1".equals(max);
                String limit = exact ? arg(a, 1) : multiply(arg(a, 1), max);
                yield new WarningLine(
                        w.collectivityCode(),
                        name,
                        "warning.read.SHARE_GROUP_MISMATCH." + (exact ? "exact" : "atmost"),
                        List.of(
                                name,
                                arg(a, 0),
                                memberUnit,
                                label,
                                arg(a, 1),
                                deviceUnit,
                                max,
                                singular(deviceUnit),
                                limit),
                        id);
            }
            case OUT_OF_RANGE -> {
                IndicatorSpec indicator = indicator(s, w.subject());
                String min = arg(a, 1);
                String max = arg(a, 2);
                String which = min.isEmpty() ? "max" : max.isEmpty() ? "min" : "both";
                yield new WarningLine(
                        w.collectivityCode(),
                        name,
                        "warning.read.OUT_OF_RANGE." + which,
                        List.of(
                                name,
                                arg(a, 0),
                                indicator == null ? "" : indicator.unit(),
                                indicator == null ? w.subject() : indicator.label(),
                                min,
                                max),
                        id);
            }
        };
    }

    private static @Nullable IndicatorSpec indicator(Synthesis s, String code) {
        return s.mean(code)
                .map(m -> m.indicator())
                .or(() -> s.count(code).map(c -> c.indicator()))
                .or(() -> s.choice(code).map(c -> c.indicator()))
                .orElse(null);
    }

    private static String arg(List<String> args, int i) {
        return i < args.size() ? args.get(i) : "";
    }

    private static String multiply(String devices, String max) {
        try {
            return new java.math.BigDecimal(devices)
                    .multiply(new java.math.BigDecimal(max))
                    .stripTrailingZeros()
                    .toPlainString();
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** « postes » → « poste », « devices » → « device »: the units of the census are plain plurals. */
    static String singular(String unit) {
        return unit.endsWith("s") && unit.length() > 1 ? unit.substring(0, unit.length() - 1) : unit;
    }
}
