package org.mutualis.analysis.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.TermsPage;
import org.mutualis.analysis.domain.ChoiceResult;
import org.mutualis.analysis.domain.CountResult;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.FigureNote;
import org.mutualis.analysis.domain.FigureTerm;
import org.mutualis.analysis.domain.IndicatorSpec;
import org.mutualis.analysis.domain.MeanResult;
import org.mutualis.analysis.domain.Stratum;
import org.mutualis.analysis.domain.Synthesis;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the synthesis API writes a synthesis: nothing in it grows with the number of collectivités,
 * and by default nothing that only an explanation needs. Two levels of {@link Detail}:
 *
 * <ul>
 *   <li>{@link Detail#SUMMARY}, the default answer: each figure is its value and how it was
 *       computed in one line ({@code id}, {@code value}, {@code method}, {@code formula}, {@code
 *       reason}) with how many inputs and notes it rests on ({@code termsTotal}, {@code
 *       notesTotal}); the inputs and notes themselves are at {@code figureHref} (the document's
 *       URI template, {@code {figureId}} replaced by the figure's id), the indicators by stratum at
 *       {@code byStratumHref}. An empty EPCI synthesis is some 30 kB instead of 230 kB.
 *   <li>{@link Detail#PAGE} ({@code ?terms=page}, and every figure asked alone): each figure with
 *       the first {@link TermsPage#SIZE} of its inputs and notes and, when there are more, the
 *       link that pages through them ({@code termsHref}, {@code notesHref}); the indicators by
 *       stratum inline — the default answer before the summary.
 * </ul>
 *
 * <p>At both levels, every list that names collectivités — a stratum's members and respondents,
 * who answered NC or left a question blank, the warnings and exclusions — gives its first {@link
 * TermsPage#SIZE} items and its {@code …Total}, and a formula longer than {@link #FORMULA_MAX}
 * characters is cut ({@code formulaLength}, {@code formulaHref}: the whole figure). {@code
 * ?terms=all} gives everything inline, as the domain records are ({@code completeHref}; not
 * written here). Written straight onto the response, never built in memory.
 */
final class ApiFigures {

    /** How much of each figure the document gives inline. */
    enum Detail {
        /** Each figure's value, formula and totals; its inputs and notes a link away. */
        SUMMARY,
        /** Each figure with the first page of its inputs and notes. */
        PAGE;

        /** The {@code terms} parameter: {@code page} for {@link #PAGE}, anything else the summary. */
        static Detail of(String terms) {
            return "page".equals(terms) ? PAGE : SUMMARY;
        }
    }

    /** Characters of a formula given inline; a national sum lists 36,000 numbers. */
    static final int FORMULA_MAX = 2_000;

    private static final String BASE = "mutualis.figures.base";
    private static final String DETAIL = "mutualis.figures.detail";

    private final ObjectWriter writer;

    ApiFigures(JsonMapper mapper) {
        SimpleModule module = new SimpleModule("mutualis-synthesis-on-demand");
        module.addSerializer(Figure.class, new FigureWriter());
        // One writer for every record that holds lists of collectivités: each such list cut to its
        // first page, followed by its total.
        module.addSerializer(
                Synthesis.class,
                new Paged<>(
                        Synthesis.class, Set.of("warnings", "exclusions"), Map.of("byStratum", "/by-stratum"), false));
        module.addSerializer(Stratum.class, new Paged<>(Stratum.class, Set.of("memberCodes", "respondentCodes")));
        Set<String> answers = Set.of("notCommunicated", "unanswered", "excluded");
        module.addSerializer(CountResult.class, new Paged<>(CountResult.class, answers));
        module.addSerializer(MeanResult.class, new Paged<>(MeanResult.class, answers));
        module.addSerializer(ChoiceResult.class, new Paged<>(ChoiceResult.class, answers));
        // The questionnaire's bounds and choices of an indicator, null or empty for most: left out of the summary.
        module.addSerializer(IndicatorSpec.class, new Paged<>(IndicatorSpec.class, Set.of(), Map.of(), true));
        this.writer = mapper.rebuild().addModule(module).build().writer();
    }

    /**
     * Writes the JSON of a synthesis, a figure or anything holding figures onto {@code out}, at
     * this level of detail; {@code campaignId} makes the links.
     */
    void write(Object value, long campaignId, Detail detail, OutputStream out) {
        writer.withAttribute(BASE, base(campaignId))
                .withAttribute(DETAIL, detail)
                .writeValue(out, value);
    }

    /** The same JSON as bytes (tests, small documents). */
    byte[] write(Object value, long campaignId, Detail detail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, campaignId, detail, out);
        return out.toByteArray();
    }

    /** A figure alone, with the first page of its inputs and notes (tests). */
    byte[] write(Object value, long campaignId) {
        return write(value, campaignId, Detail.PAGE);
    }

    /** Where a campaign's synthesis is. */
    static String base(long campaignId) {
        return "/api/campaigns/" + campaignId + "/synthesis";
    }

    /** The URI template of a figure alone ({@code {figureId}} to replace). */
    static String figureTemplate(String base) {
        return base + "/figures/{figureId}";
    }

    /** A figure as the API gives it with {@link Detail#PAGE}, its inputs and notes cut to the first page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PagedFigure(
            String id,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            BigDecimal value,

            org.mutualis.analysis.domain.Method method,
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

    /**
     * A figure as the API gives it with {@link Detail#SUMMARY}: its value and formula, how many
     * inputs and notes it has; the figure alone ({@code figureHref}) gives them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SummaryFigure(
            String id,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            BigDecimal value,

            org.mutualis.analysis.domain.Method method,
            String formula,
            @Nullable Integer formulaLength,
            @Nullable String formulaHref,
            int termsTotal,
            int notesTotal,
            @JsonInclude(JsonInclude.Include.ALWAYS) Figure.@Nullable Reason reason) {}

    /** The first page of a list. */
    static <T> List<T> first(List<T> all) {
        return all.size() > TermsPage.SIZE ? all.subList(0, TermsPage.SIZE) : all;
    }

    static PagedFigure figure(Figure f, String base) {
        String figureBase = figureBase(f, base);
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

    static SummaryFigure summary(Figure f, String base) {
        String formula = f.formula();
        boolean longFormula = formula.length() > FORMULA_MAX;
        return new SummaryFigure(
                f.id(),
                f.value(),
                f.method(),
                longFormula ? cut(formula) : formula,
                longFormula ? formula.length() : null,
                longFormula ? figureBase(f, base) + "?terms=all" : null,
                f.terms().size(),
                f.notes().size(),
                f.reason());
    }

    private static String figureBase(Figure f, String base) {
        return base + "/figures/" + UriUtils.encodePathSegment(f.id(), StandardCharsets.UTF_8);
    }

    /** The formula's beginning, cut after a whole number, then « … ». */
    private static String cut(String formula) {
        int end = formula.lastIndexOf(' ', FORMULA_MAX);
        return formula.substring(0, end > 0 ? end : FORMULA_MAX) + " …";
    }

    private static Detail detail(SerializationContext ctxt) {
        Object detail = ctxt.getAttribute(DETAIL);
        return detail == null ? Detail.PAGE : (Detail) detail;
    }

    private static final class FigureWriter extends ValueSerializer<Figure> {
        @Override
        public void serialize(Figure f, JsonGenerator g, SerializationContext ctxt) {
            String base = (String) ctxt.getAttribute(BASE);
            ctxt.writeValue(g, detail(ctxt) == Detail.SUMMARY ? summary(f, base) : figure(f, base));
        }
    }

    /**
     * Writes a record component by component, as Jackson would, but each of its {@code lists} cut
     * to the first page and followed by {@code <list>Total}; in the summary, each of its {@code
     * onDemand} components is replaced by {@code <name>Total} and {@code <name>Href} (the link
     * that gives it), and with {@code omitEmpty} its null or empty components are left out. A synthesis also says where the
     * rest is ({@code figureHref}, {@code completeHref}).
     */
    private static final class Paged<T extends Record> extends ValueSerializer<T> {
        private final RecordComponent[] components;
        private final Method[] accessors;
        private final Set<String> lists;
        private final Map<String, String> onDemand;
        private final boolean omitEmpty;
        private final boolean synthesis;

        Paged(Class<T> type, Set<String> lists) {
            this(type, lists, Map.of(), false);
        }

        Paged(Class<T> type, Set<String> lists, Map<String, String> onDemand, boolean omitEmpty) {
            this.components = type.getRecordComponents();
            this.accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            this.lists = lists;
            this.onDemand = onDemand;
            this.omitEmpty = omitEmpty;
            this.synthesis = type == Synthesis.class;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
            String base = (String) ctxt.getAttribute(BASE);
            boolean summary = detail(ctxt) == Detail.SUMMARY;
            boolean omit = summary && omitEmpty;
            g.writeStartObject(value);
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                Object v = read(accessors[i], value);
                if (lists.contains(name)) {
                    List<?> list = (List<?>) v;
                    g.writeName(name);
                    ctxt.writeValue(g, first(list));
                    g.writeNumberProperty(name + "Total", list.size());
                } else if (summary && onDemand.containsKey(name)) {
                    g.writeNumberProperty(name + "Total", ((Collection<?>) v).size());
                    g.writeStringProperty(name + "Href", base + onDemand.get(name));
                } else if (v == null) {
                    if (!omit) {
                        g.writeNullProperty(name);
                    }
                } else if (!(omit && v instanceof Collection<?> c && c.isEmpty())) {
                    g.writeName(name);
                    ctxt.writeValue(g, v);
                }
            }
            if (synthesis) {
                if (summary) {
                    g.writeStringProperty("figureHref", figureTemplate(base));
                    g.writeStringProperty("detailHref", base + "?terms=page");
                }
                g.writeStringProperty("completeHref", base + "?terms=all");
            }
            g.writeEndObject();
        }

        private static Object read(Method accessor, Object value) {
            try {
                return accessor.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            }
        }
    }
}
