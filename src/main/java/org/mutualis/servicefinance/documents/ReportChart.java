package org.mutualis.servicefinance.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.DeskDashboard.PriorityLine;
import org.mutualis.servicefinance.documents.ActivityReport.CommuneLine;
import org.mutualis.servicefinance.documents.ActivityReport.ServiceLine;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;

/**
 * A horizontal bar chart of the activity report, drawn the same way in the PDF ({@link
 * ActivityReportPdf}) and on the page ({@link ReportSvg}): one group of bars per label, one bar per
 * series, each bar's value written at its end; a value that cannot be measured is no bar and « — »,
 * never a bar of 0.
 *
 * @param id a name for the page's elements
 * @param percent whether the scale is 0–100 % (otherwise 0 to the largest value)
 * @param series the series' names, in the order of each bar's values (one series: no legend)
 * @param summary the chart said in words: its text alternative
 */
public record ReportChart(
        String id, String title, boolean percent, List<String> series, List<Bar> bars, String summary) {

    public ReportChart {
        series = List.copyOf(series);
        bars = List.copyOf(bars);
    }

    /** One label's bars: a value per series (null: not measured) and the value as written. */
    public record Bar(String label, List<@Nullable BigDecimal> values, List<String> shown) {
        public Bar {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
            shown = List.copyOf(shown);
        }
    }

    /** The largest value the scale reaches: 100 for a percentage, else the largest bar (at least 1). */
    public BigDecimal max() {
        if (percent) {
            return BigDecimal.valueOf(100);
        }
        return bars.stream()
                .flatMap(b -> b.values().stream())
                .filter(Objects::nonNull)
                .max(BigDecimal::compareTo)
                .filter(v -> v.signum() > 0)
                .orElse(BigDecimal.ONE);
    }

    /** A value's share of the scale, 0 to 1. */
    public double fraction(BigDecimal value) {
        double f = value.doubleValue() / max().doubleValue();
        return Math.max(0, Math.min(1, f));
    }

    /**
     * The report's charts: the reimbursement of each collectivité that used the service (when the
     * statements are drawn), each service's charges and reimbursement, and SLA compliance by
     * priority. A chart with no bar is left out.
     */
    public static List<ReportChart> of(ActivityReport report, StatementWords words) {
        List<ReportChart> charts = new ArrayList<>();
        if (report.drawn()) {
            List<Bar> bars = new ArrayList<>();
            for (CommuneLine c : report.communes()) {
                BigDecimal amount = c.reimbursement();
                if (amount != null && amount.signum() > 0) {
                    bars.add(new Bar(c.name(), List.of(amount), List.of(StatementWords.euros(amount))));
                }
            }
            add(charts, "communes", words.get("servicefinance.report.chart.communes"), false, List.of(), bars, words);
        }
        List<Bar> services = new ArrayList<>();
        for (ServiceLine s : report.services()) {
            if (s.charges() == null && (s.reimbursed() == null || s.reimbursed().signum() == 0)) {
                continue;
            }
            services.add(new Bar(
                    s.label(),
                    Arrays.asList(s.charges(), s.reimbursed()),
                    List.of(euros(s.charges()), euros(s.reimbursed()))));
        }
        add(
                charts,
                "services",
                words.get("servicefinance.report.chart.services"),
                false,
                List.of(
                        words.get("servicefinance.report.chart.series.charges"),
                        words.get("servicefinance.report.chart.series.reimbursed")),
                services,
                words);
        List<Bar> sla = new ArrayList<>();
        for (PriorityLine p : report.desk().byPriority()) {
            if (p.takeChargeCounted() == 0 && p.resolveCounted() == 0) {
                continue;
            }
            sla.add(new Bar(
                    words.text(Text.of("servicedesk.priority." + p.priority().name())),
                    Arrays.asList(p.takeChargeRate(), p.resolveRate()),
                    List.of(percent(p.takeChargeRate()), percent(p.resolveRate()))));
        }
        add(
                charts,
                "sla",
                words.get("servicefinance.report.chart.sla"),
                true,
                List.of(
                        words.get("servicefinance.report.chart.series.takeCharge"),
                        words.get("servicefinance.report.chart.series.resolved")),
                sla,
                words);
        return charts;
    }

    private static void add(
            List<ReportChart> charts,
            String id,
            String title,
            boolean percent,
            List<String> series,
            List<Bar> bars,
            StatementWords words) {
        if (bars.isEmpty()) {
            return;
        }
        List<String> said = new ArrayList<>();
        for (Bar bar : bars) {
            if (series.isEmpty()) {
                said.add(bar.label() + " : " + bar.shown().get(0));
            } else {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < series.size(); i++) {
                    parts.add(series.get(i).toLowerCase(java.util.Locale.FRENCH) + " "
                            + bar.shown().get(i));
                }
                said.add(bar.label() + " : " + String.join(", ", parts));
            }
        }
        String summary = words.get("servicefinance.report.chart.summary", title, String.join(" ; ", said));
        charts.add(new ReportChart(id, title, percent, series, bars, summary));
    }

    /** Euros French style, or « — » when not measured. */
    static String euros(@Nullable BigDecimal amount) {
        return amount == null ? "—" : StatementWords.euros(amount);
    }

    /** A rate French style ({@code 92,5 %}), or « — » when there is nothing to count. */
    static String percent(@Nullable BigDecimal rate) {
        return rate == null ? "—" : FrenchDecimals.format(rate) + " %";
    }
}
