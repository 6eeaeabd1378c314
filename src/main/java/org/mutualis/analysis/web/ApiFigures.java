package org.mutualis.analysis.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.TermsPage;
import org.mutualis.analysis.domain.ChoiceResult;
import org.mutualis.analysis.domain.ChoiceRow;
import org.mutualis.analysis.domain.CountResult;
import org.mutualis.analysis.domain.DataWarning;
import org.mutualis.analysis.domain.Exclusion;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.FigureNote;
import org.mutualis.analysis.domain.FigureTerm;
import org.mutualis.analysis.domain.IndicatorSpec;
import org.mutualis.analysis.domain.MeanResult;
import org.mutualis.analysis.domain.Method;
import org.mutualis.analysis.domain.RenewalResult;
import org.mutualis.analysis.domain.ShareGroupResult;
import org.mutualis.analysis.domain.Stratum;
import org.mutualis.analysis.domain.StratumBreakdown;
import org.mutualis.analysis.domain.Synthesis;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the synthesis API writes a synthesis: nothing in it grows with the number of collectivités.
 * Every list that names collectivités — a figure's inputs and notes, a stratum's members and
 * respondents, who answered NC or left a question blank, the warnings and exclusions — gives its
 * first {@link TermsPage#SIZE} items inline and its {@code …Total}; a figure's inputs and notes
 * say where to page through the rest ({@code termsHref}, {@code notesHref}), and a formula longer
 * than {@link #FORMULA_MAX} characters is cut ({@code formulaLength}, {@code formulaHref}: the
 * whole figure). For a territory of a few dozen collectivités nothing is cut and the document is
 * the one it always was plus the totals; a national synthesis (36,864 collectivités) is a few
 * megabytes instead of a gigabyte. {@code ?terms=all} gives every item inline, as before ({@code
 * completeHref}). Written straight onto the response, never built in memory.
 */
final class ApiFigures {

    /** Characters of a formula given inline; a national sum lists 36,000 numbers. */
    static final int FORMULA_MAX = 2_000;

    private static final String BASE = "mutualis.figures.base";

    private final ObjectWriter writer;

    ApiFigures(JsonMapper mapper) {
        SimpleModule module = new SimpleModule("mutualis-synthesis-on-demand");
        module.addSerializer(Figure.class, new Paged());
        module.addSerializer(Synthesis.class, new As<>(ApiFigures::synthesis));
        module.addSerializer(Stratum.class, new As<>(ApiFigures::stratum));
        module.addSerializer(CountResult.class, new As<>(ApiFigures::count));
        module.addSerializer(MeanResult.class, new As<>(ApiFigures::mean));
        module.addSerializer(ChoiceResult.class, new As<>(ApiFigures::choice));
        this.writer = mapper.rebuild().addModule(module).build().writer();
    }

    /** Writes the JSON of a synthesis, a figure or anything holding figures onto {@code out}. */
    void write(Object value, long campaignId, OutputStream out) {
        writer.withAttribute(BASE, "/api/campaigns/" + campaignId + "/synthesis")
                .writeValue(out, value);
    }

    /** The same JSON as bytes (tests, small documents). */
    byte[] write(Object value, long campaignId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, campaignId, out);
        return out.toByteArray();
    }

    /** A figure as the API gives it, its inputs and notes cut to the first page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PagedFigure(
            String id,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            BigDecimal value,

            Method method,
            String formula,
            @Nullable Integer formulaLength,
            @Nullable String formulaHref,
            List<FigureTerm> terms,
            int termsTotal,
            @Nullable String termsHref,
            List<FigureNote> notes,
            int notesTotal,
            @Nullable String notesHref,
            @JsonInclude(JsonInclude.Include.ALWAYS) Figure.@Nullable Reason reason) {}

    /** The synthesis, its warnings and exclusions cut to the first page. */
    record PagedSynthesis(
            List<Stratum> strata,
            List<CountResult> counts,
            List<ShareGroupResult> shareGroups,
            List<MeanResult> means,
            List<RenewalResult> renewals,
            List<DataWarning> warnings,
            int warningsTotal,
            List<Exclusion> exclusions,
            int exclusionsTotal,
            List<ChoiceResult> choices,
            List<StratumBreakdown> byStratum,
            String completeHref) {}

    record PagedStratum(
            String code,
            String label,
            List<String> memberCodes,
            int memberCodesTotal,
            List<String> respondentCodes,
            int respondentCodesTotal,
            long population,
            @Nullable BigDecimal weight,
            Figure weightFigure) {}

    record PagedCount(
            IndicatorSpec indicator,
            Figure raw,
            Figure extrapolated,
            int respondents,
            List<String> notCommunicated,
            int notCommunicatedTotal,
            List<String> unanswered,
            int unansweredTotal,
            List<String> excluded,
            int excludedTotal) {}

    record PagedMean(
            IndicatorSpec indicator,
            @Nullable Figure simpleMean,
            @Nullable Figure weightedMean,
            @Nullable Figure min,
            @Nullable Figure max,
            int respondents,
            List<String> notCommunicated,
            int notCommunicatedTotal,
            List<String> excluded,
            int excludedTotal) {}

    record PagedChoice(
            IndicatorSpec indicator,
            List<ChoiceRow> rows,
            int respondents,
            List<String> notCommunicated,
            int notCommunicatedTotal,
            List<String> unanswered,
            int unansweredTotal,
            List<String> excluded,
            int excludedTotal) {}

    /** The first page of a list. */
    static <T> List<T> first(List<T> all) {
        return all.size() > TermsPage.SIZE ? all.subList(0, TermsPage.SIZE) : all;
    }

    private static PagedSynthesis synthesis(Synthesis s, String base) {
        return new PagedSynthesis(
                s.strata(),
                s.counts(),
                s.shareGroups(),
                s.means(),
                s.renewals(),
                first(s.warnings()),
                s.warnings().size(),
                first(s.exclusions()),
                s.exclusions().size(),
                s.choices(),
                s.byStratum(),
                base + "?terms=all");
    }

    private static PagedStratum stratum(Stratum s, String base) {
        return new PagedStratum(
                s.code(),
                s.label(),
                first(s.memberCodes()),
                s.memberCodes().size(),
                first(s.respondentCodes()),
                s.respondentCodes().size(),
                s.population(),
                s.weight(),
                s.weightFigure());
    }

    private static PagedCount count(CountResult c, String base) {
        return new PagedCount(
                c.indicator(),
                c.raw(),
                c.extrapolated(),
                c.respondents(),
                first(c.notCommunicated()),
                c.notCommunicated().size(),
                first(c.unanswered()),
                c.unanswered().size(),
                first(c.excluded()),
                c.excluded().size());
    }

    private static PagedMean mean(MeanResult m, String base) {
        return new PagedMean(
                m.indicator(),
                m.simpleMean(),
                m.weightedMean(),
                m.min(),
                m.max(),
                m.respondents(),
                first(m.notCommunicated()),
                m.notCommunicated().size(),
                first(m.excluded()),
                m.excluded().size());
    }

    private static PagedChoice choice(ChoiceResult c, String base) {
        return new PagedChoice(
                c.indicator(),
                c.rows(),
                c.respondents(),
                first(c.notCommunicated()),
                c.notCommunicated().size(),
                first(c.unanswered()),
                c.unanswered().size(),
                first(c.excluded()),
                c.excluded().size());
    }

    static PagedFigure figure(Figure f, String base) {
        String figureBase = base + "/figures/" + UriUtils.encodePathSegment(f.id(), StandardCharsets.UTF_8);
        int terms = f.terms().size();
        int notes = f.notes().size();
        String formula = f.formula();
        boolean longFormula = formula.length() > FORMULA_MAX;
        return new PagedFigure(
                f.id(),
                f.value(),
                f.method(),
                longFormula ? cut(formula) : formula,
                longFormula ? formula.length() : null,
                longFormula ? figureBase + "?terms=all" : null,
                first(f.terms()),
                terms,
                terms > TermsPage.SIZE ? figureBase + "/terms?page=1" : null,
                first(f.notes()),
                notes,
                notes > TermsPage.SIZE ? figureBase + "/notes?page=1" : null,
                f.reason());
    }

    /** The formula's beginning, cut after a whole number, then « … ». */
    private static String cut(String formula) {
        int end = formula.lastIndexOf(' ', FORMULA_MAX);
        return formula.substring(0, end > 0 ? end : FORMULA_MAX) + " …";
    }

    private interface View<T> {
        Object of(T value, String base);
    }

    /** Writes a domain value as its paged view. */
    private static final class As<T> extends ValueSerializer<T> {
        private final View<T> view;

        As(View<T> view) {
            this.view = view;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
            ctxt.writeValue(g, view.of(value, (String) ctxt.getAttribute(BASE)));
        }
    }

    private static final class Paged extends ValueSerializer<Figure> {
        @Override
        public void serialize(Figure f, JsonGenerator g, SerializationContext ctxt) {
            ctxt.writeValue(g, figure(f, (String) ctxt.getAttribute(BASE)));
        }
    }
}
