package org.mutualis.analysis.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.TermsPage;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.FigureNote;
import org.mutualis.analysis.domain.FigureTerm;
import org.mutualis.analysis.domain.Method;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the synthesis API writes figures: each figure's inputs on demand. A figure gives its first
 * {@link TermsPage#SIZE} inputs inline, {@code termsTotal} (how many it has), and when there are
 * more, {@code termsHref}: the link to page through them all ({@code …/terms?page=}). For a
 * territory of a few dozen collectivités nothing is cut, and the document is the one it always
 * was plus {@code termsTotal}; a national synthesis no longer weighs a gigabyte. {@code
 * ?terms=all} gives every input inline, as before.
 */
final class ApiFigures {

    private static final String BASE = "mutualis.figures.base";

    private final ObjectWriter writer;

    ApiFigures(JsonMapper mapper) {
        SimpleModule module = new SimpleModule("mutualis-figure-terms-on-demand");
        module.addSerializer(Figure.class, new Paged());
        this.writer = mapper.rebuild().addModule(module).build().writer();
    }

    /** The JSON of a synthesis, a figure or anything holding figures, their inputs paged. */
    byte[] write(Object value, long campaignId) {
        return writer.withAttribute(BASE, "/api/campaigns/" + campaignId + "/synthesis/figures/")
                .writeValueAsBytes(value);
    }

    /** A figure as the API gives it, its inputs cut to the first page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PagedFigure(
            String id,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            BigDecimal value,

            Method method,
            String formula,
            List<FigureTerm> terms,
            int termsTotal,
            @Nullable String termsHref,
            List<FigureNote> notes,
            @JsonInclude(JsonInclude.Include.ALWAYS) Figure.@Nullable Reason reason) {}

    private static final class Paged extends ValueSerializer<Figure> {
        @Override
        public void serialize(Figure f, JsonGenerator g, SerializationContext ctxt) {
            int total = f.terms().size();
            boolean cut = total > TermsPage.SIZE;
            String href = cut
                    ? ctxt.getAttribute(BASE)
                            + UriUtils.encodePathSegment(f.id(), java.nio.charset.StandardCharsets.UTF_8)
                            + "/terms?page=1"
                    : null;
            ctxt.writeValue(
                    g,
                    new PagedFigure(
                            f.id(),
                            f.value(),
                            f.method(),
                            f.formula(),
                            cut ? f.terms().subList(0, TermsPage.SIZE) : f.terms(),
                            total,
                            href,
                            f.notes(),
                            f.reason()));
        }
    }
}
