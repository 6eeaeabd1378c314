package org.mutualis.programme.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.mutualis.programme.domain.gantt.GanttLayout;
import org.mutualis.programme.domain.gantt.GanttLayout.Arrow;
import org.mutualis.programme.domain.gantt.GanttLayout.Bar;
import org.mutualis.programme.domain.gantt.GanttLayout.Diamond;
import org.mutualis.programme.domain.gantt.GanttLayout.Point;
import org.mutualis.programme.domain.gantt.GanttLayout.Row;
import org.mutualis.programme.domain.gantt.GanttLayout.Tick;
import org.mutualis.programme.domain.gantt.GanttLevel;
import org.mutualis.programme.domain.gantt.GanttRow;
import org.mutualis.programme.domain.gantt.GanttStatus;

/**
 * A {@link GanttLayout} drawn as a PDF on A3 landscape pages: the same geometry as {@link GanttSvg} (x scaled
 * to the page's width, rows {@value #ROW_HEIGHT} pt high), not a conversion of the SVG.
 *
 * <p>Each page has the title, the two header rows of ticks, then {@link #rowsPerPage()} rows: labels on the
 * left, bars, milestone diamonds, dependency lines (a dependency between rows on different pages is drawn on
 * every page between them, cut at the rows' area) and the today line; a footer "Page n / N". Every text is
 * real text in an embedded Unicode font (Liberation Sans), so it can be searched and extracted; a late row
 * says so in words after its label.
 */
public final class GanttPdf {

    /** The page: A3 landscape. */
    public static final Rectangle PAGE = PageSize.A3.rotate();
    /** Height of a row, in points. */
    public static final float ROW_HEIGHT = 12;

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final float MARGIN = 28;
    private static final float LABELS = 250;
    private static final float PAD = 10;
    private static final float TITLE_BAND = 26;
    private static final float TICK_ROW = 14;
    private static final float FOOTER = 16;
    private static final float LABEL_SIZE = 7;
    private static final float INDENT = 8;
    private static final float SCALE_Y = ROW_HEIGHT / (float) GanttLayout.ROW_HEIGHT;
    private static final float ROWS_TOP = PAGE.getHeight() - MARGIN - TITLE_BAND - 2 * TICK_ROW;
    private static final float ROWS_BOTTOM = MARGIN + FOOTER;
    private static final int ROWS_PER_PAGE = (int) ((ROWS_TOP - ROWS_BOTTOM) / ROW_HEIGHT);

    private static final Color LATE = new Color(0xC6, 0x28, 0x28);
    private static final Color TEXT = new Color(0x21, 0x21, 0x21);
    private static final Color GRID = new Color(0xE3, 0xE7, 0xEE);
    private static final Color TICK_FILL = new Color(0xEE, 0xF2, 0xF7);
    private static final Color TICK_STROKE = new Color(0xB0, 0xBC, 0xCB);
    private static final Color STAGE_BAND = new Color(0xF3, 0xF5, 0xF9);
    private static final Color ARROW = new Color(0x54, 0x6E, 0x7A);
    private static final Color TODAY = new Color(0xD3, 0x2F, 0x2F);

    private GanttPdf() {}

    /** How many rows a page holds. */
    public static int rowsPerPage() {
        return ROWS_PER_PAGE;
    }

    /** How many pages a chart of so many rows takes (at least one). */
    public static int pages(int rows) {
        return Math.max(1, (rows + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    }

    /** The chart as PDF bytes. */
    public static byte[] write(GanttLayout layout, GanttWords words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PAGE, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            BaseFont font = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(layout.chart().title());
            document.addSubject(GanttText.summary(layout, words, words.formatter()));
            document.open();
            new Pages(layout, words, font, writer).draw(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the Gantt PDF", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the PDF font", e);
        }
        return out.toByteArray();
    }

    /** The drawing of one document. */
    private static final class Pages {
        private final GanttLayout layout;
        private final GanttWords words;
        private final BaseFont font;
        private final PdfWriter writer;
        private final DateTimeFormatter dates;
        private final String warning;
        private final float scaleX;
        private final int pages;

        Pages(GanttLayout layout, GanttWords words, BaseFont font, PdfWriter writer) {
            this.layout = layout;
            this.words = words;
            this.font = font;
            this.writer = writer;
            this.dates = words.formatter();
            this.warning = font.charExists(GanttText.WARNING.codePointAt(0)) ? GanttText.WARNING + " " : "";
            float area = PAGE.getWidth() - 2 * MARGIN - LABELS - 2 * PAD;
            this.scaleX = area / (float) (layout.timelineRight() - layout.timelineLeft());
            this.pages = pages(layout.rows().size());
        }

        void draw(Document document) throws DocumentException {
            List<List<Arrow>> arrows = new ArrayList<>(pages);
            for (int page = 0; page < pages; page++) {
                arrows.add(new ArrayList<>());
            }
            for (Arrow arrow : layout.arrows()) {
                int first = Math.min(arrow.from(), arrow.to()) / ROWS_PER_PAGE;
                int last = Math.max(arrow.from(), arrow.to()) / ROWS_PER_PAGE;
                for (int page = first; page <= last; page++) {
                    arrows.get(page).add(arrow);
                }
            }
            for (int page = 0; page < pages; page++) {
                if (page > 0) {
                    document.newPage();
                }
                PdfContentByte canvas = writer.getDirectContent();
                int first = page * ROWS_PER_PAGE;
                int last = Math.min(layout.rows().size(), first + ROWS_PER_PAGE);
                header(canvas, page);
                grid(canvas, first, last);
                for (int index = first; index < last; index++) {
                    row(canvas, layout.rows().get(index), first);
                }
                dependencies(canvas, arrows.get(page), first);
                today(canvas);
            }
        }

        private float x(double layoutX) {
            return MARGIN + LABELS + PAD + (float) (layoutX - layout.timelineLeft()) * scaleX;
        }

        /** A layout y on the page whose first row is {@code first}. */
        private float y(double layoutY, int first) {
            double top = GanttLayout.HEADER_HEIGHT + first * GanttLayout.ROW_HEIGHT;
            return ROWS_TOP - (float) (layoutY - top) * SCALE_Y;
        }

        private void header(PdfContentByte canvas, int page) {
            float titleY = PAGE.getHeight() - MARGIN - 16;
            text(canvas, layout.chart().title(), MARGIN, titleY, 14, TEXT);
            String footer = words.page()
                    .replace("{page}", Integer.toString(page + 1))
                    .replace("{pages}", Integer.toString(pages));
            float footerWidth = font.getWidthPoint(footer, 7);
            text(canvas, footer, PAGE.getWidth() - MARGIN - footerWidth, MARGIN + 2, 7, TEXT);
            text(canvas, GanttText.summary(layout, words, dates), MARGIN, MARGIN + 2, 7, TEXT);
            float upper = PAGE.getHeight() - MARGIN - TITLE_BAND;
            ticks(canvas, layout.upperTicks(), upper);
            ticks(canvas, layout.lowerTicks(), upper - TICK_ROW);
        }

        private void ticks(PdfContentByte canvas, List<Tick> ticks, float top) {
            for (Tick tick : ticks) {
                float left = x(tick.x());
                float width = (float) tick.width() * scaleX;
                canvas.saveState();
                canvas.setColorFill(TICK_FILL);
                canvas.setColorStroke(TICK_STROKE);
                canvas.setLineWidth(0.4f);
                canvas.rectangle(left, top - TICK_ROW, width, TICK_ROW);
                canvas.fillStroke();
                canvas.restoreState();
                String label = GanttSvg.tickLabel(tick, words);
                if (font.getWidthPoint(label, 7) + 3 <= width) {
                    text(canvas, label, left + 1.5f, top - TICK_ROW + 4.5f, 7, TEXT);
                }
            }
        }

        private void grid(PdfContentByte canvas, int first, int last) {
            float bottom = ROWS_TOP - (last - first) * ROW_HEIGHT;
            canvas.saveState();
            canvas.setColorFill(STAGE_BAND);
            boolean bands = false;
            for (int index = first; index < last; index++) {
                Row row = layout.rows().get(index);
                if (row.row().level() == GanttLevel.STAGE) {
                    canvas.rectangle(MARGIN, y(row.bottom(), first), PAGE.getWidth() - 2 * MARGIN, ROW_HEIGHT);
                    bands = true;
                }
            }
            if (bands) {
                canvas.fill();
            }
            canvas.setColorStroke(GRID);
            canvas.setLineWidth(0.5f);
            for (Tick tick : layout.lowerTicks()) {
                canvas.moveTo(x(tick.x()), ROWS_TOP);
                canvas.lineTo(x(tick.x()), bottom);
            }
            canvas.moveTo(x(layout.timelineRight()), ROWS_TOP);
            canvas.lineTo(x(layout.timelineRight()), bottom);
            canvas.moveTo(MARGIN + LABELS, ROWS_TOP + 2 * TICK_ROW);
            canvas.lineTo(MARGIN + LABELS, bottom);
            canvas.stroke();
            canvas.restoreState();
        }

        private void row(PdfContentByte canvas, Row placed, int first) {
            GanttRow row = placed.row();
            float middle = y(placed.middle(), first);
            float left = MARGIN + 2 + row.level().depth() * INDENT;
            String suffix = row.late() ? " " + warning + words.late() : "";
            float suffixWidth = font.getWidthPoint(suffix, LABEL_SIZE);
            String label = fit(row.label(), MARGIN + LABELS - 4 - left - suffixWidth);
            Color colour = row.status() == GanttStatus.CANCELLED ? Color.GRAY : TEXT;
            text(canvas, label, left, middle - 2.4f, LABEL_SIZE, colour);
            if (row.late()) {
                text(canvas, suffix, left + font.getWidthPoint(label, LABEL_SIZE), middle - 2.4f, LABEL_SIZE, LATE);
            }
            Bar bar = placed.bar();
            Diamond diamond = placed.diamond();
            if (bar != null) {
                bar(canvas, row, bar, first);
            } else if (diamond != null) {
                diamond(canvas, row, diamond, first);
            }
        }

        private String fit(String label, float room) {
            String text = GanttText.xmlSafe(label)
                    .replace('\n', ' ')
                    .replace('\r', ' ')
                    .replace('\t', ' ');
            if (font.getWidthPoint(text, LABEL_SIZE) <= room) {
                return text;
            }
            int length = text.codePointCount(0, text.length());
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high + 1) / 2;
                if (font.getWidthPoint(GanttText.cut(text, middle), LABEL_SIZE) <= room) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return GanttText.cut(text, Math.max(low, 1));
        }

        private void bar(PdfContentByte canvas, GanttRow row, Bar bar, int first) {
            float left = x(bar.x());
            float width = Math.max(0.8f, (float) bar.width() * scaleX);
            float top = y(bar.y(), first);
            float height = (float) bar.height() * SCALE_Y;
            Color fill;
            Color stroke;
            if (row.level() != GanttLevel.TASK) {
                fill = switch (row.level()) {
                    case STAGE -> new Color(0x26, 0x32, 0x38);
                    case ACTION -> new Color(0x45, 0x5A, 0x64);
                    default -> new Color(0x78, 0x90, 0x9C);
                };
                stroke = fill;
            } else {
                fill = switch (row.status()) {
                    case TODO -> new Color(0xCF, 0xD8, 0xDC);
                    case IN_PROGRESS -> new Color(0x90, 0xCA, 0xF9);
                    case DONE -> new Color(0xA5, 0xD6, 0xA7);
                    case CANCELLED -> new Color(0xF5, 0xF5, 0xF5);
                };
                stroke = switch (row.status()) {
                    case TODO -> new Color(0x78, 0x90, 0x9C);
                    case IN_PROGRESS -> new Color(0x1E, 0x88, 0xE5);
                    case DONE -> new Color(0x38, 0x8E, 0x3C);
                    case CANCELLED -> new Color(0x9E, 0x9E, 0x9E);
                };
            }
            canvas.saveState();
            canvas.setColorFill(fill);
            canvas.setColorStroke(row.late() ? LATE : stroke);
            canvas.setLineWidth(row.late() ? 1.2f : 0.5f);
            if (row.status() == GanttStatus.CANCELLED) {
                canvas.setLineDash(2, 1, 0);
            }
            canvas.rectangle(left, top - height, width, height);
            canvas.fillStroke();
            if (row.late()) {
                hatch(canvas, left, top - height, width, height);
            }
            canvas.restoreState();
        }

        /** Red diagonal hatching inside a late bar. */
        private static void hatch(PdfContentByte canvas, float left, float bottom, float width, float height) {
            canvas.saveState();
            canvas.rectangle(left, bottom, width, height);
            canvas.clip();
            canvas.newPath();
            canvas.setColorStroke(LATE);
            canvas.setLineWidth(0.6f);
            canvas.setLineDash(0);
            for (float x = left - height; x < left + width; x += 3) {
                canvas.moveTo(x, bottom);
                canvas.lineTo(x + height, bottom + height);
            }
            canvas.stroke();
            canvas.restoreState();
        }

        private void diamond(PdfContentByte canvas, GanttRow row, Diamond diamond, int first) {
            float cx = x(diamond.cx());
            float cy = y(diamond.cy(), first);
            float r = (float) diamond.radius() * SCALE_Y;
            canvas.saveState();
            canvas.setColorFill(
                    row.status() == GanttStatus.DONE ? new Color(0x38, 0x8E, 0x3C) : new Color(0x6A, 0x1B, 0x9A));
            canvas.moveTo(cx, cy + r);
            canvas.lineTo(cx + r, cy);
            canvas.lineTo(cx, cy - r);
            canvas.lineTo(cx - r, cy);
            canvas.closePath();
            if (row.late()) {
                canvas.setColorStroke(LATE);
                canvas.setLineWidth(1.2f);
                canvas.fillStroke();
            } else {
                canvas.fill();
            }
            canvas.restoreState();
        }

        private void dependencies(PdfContentByte canvas, List<Arrow> arrows, int first) {
            if (arrows.isEmpty()) {
                return;
            }
            int rows = Math.min(ROWS_PER_PAGE, layout.rows().size() - first);
            canvas.saveState();
            canvas.rectangle(MARGIN + LABELS, ROWS_TOP - rows * ROW_HEIGHT, PAGE.getWidth(), rows * ROW_HEIGHT);
            canvas.clip();
            canvas.newPath();
            canvas.setColorStroke(ARROW);
            canvas.setColorFill(ARROW);
            canvas.setLineWidth(0.5f);
            for (Arrow arrow : arrows) {
                List<Point> points = arrow.points();
                for (int i = 0; i < points.size(); i++) {
                    Point point = points.get(i);
                    if (i == 0) {
                        canvas.moveTo(x(point.x()), y(point.y(), first));
                    } else {
                        canvas.lineTo(x(point.x()), y(point.y(), first));
                    }
                }
                canvas.stroke();
                Point end = points.get(points.size() - 1);
                float ex = x(end.x());
                float ey = y(end.y(), first);
                canvas.moveTo(ex, ey);
                canvas.lineTo(ex - 3, ey + 1.8f);
                canvas.lineTo(ex - 3, ey - 1.8f);
                canvas.closePath();
                canvas.fill();
            }
            canvas.restoreState();
        }

        private void today(PdfContentByte canvas) {
            OptionalDouble today = layout.todayX();
            if (today.isEmpty()) {
                return;
            }
            float x = x(today.getAsDouble());
            canvas.saveState();
            canvas.setColorStroke(TODAY);
            canvas.setLineWidth(0.9f);
            canvas.setLineDash(4, 2, 0);
            canvas.moveTo(x, PAGE.getHeight() - MARGIN - TITLE_BAND + 4);
            canvas.lineTo(x, ROWS_BOTTOM);
            canvas.stroke();
            canvas.restoreState();
            text(canvas, words.today(), x + 2, PAGE.getHeight() - MARGIN - TITLE_BAND + 4, 7, TODAY);
        }

        private void text(PdfContentByte canvas, String text, float x, float y, float size, Color colour) {
            canvas.saveState();
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.setColorFill(colour);
            canvas.showTextAligned(Element.ALIGN_LEFT, GanttText.xmlSafe(text), x, y, 0);
            canvas.endText();
            canvas.restoreState();
        }
    }
}
