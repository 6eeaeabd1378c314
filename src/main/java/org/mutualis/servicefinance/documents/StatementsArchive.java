package org.mutualis.servicefinance.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.mutualis.servicefinance.domain.sharing.ServiceTotal;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.spreadsheet.GridCell;
import org.mutualis.spreadsheet.OdsGridWriter;
import org.mutualis.spreadsheet.SheetContent;

/**
 * The territory's statements of a year as one ZIP, streamed: first a summary workbook ({@code
 * synthese.ods}: one row per collectivité with its units per service and its total, then the
 * territory's total), then one statement workbook per collectivité ({@link StatementOds}), named
 * by its code and name in plain ASCII ({@code 29151-morlaix.ods}). The workbooks are made on
 * every core, a few ahead of the one being sent, and sent in order: only a few collectivités'
 * workbooks are ever in memory, and the summary's rows are made as they are written.
 */
public final class StatementsArchive {

    private static final Pattern NOT_SAFE = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_NAME = 60;

    /** Workbooks made at once: one per core. */
    private static final int THREADS =
            Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));

    /** Workbooks made ahead of the one being sent: a few per core, a few hundred kB in memory. */
    private static final int AHEAD = 4 * THREADS;

    private StatementsArchive() {}

    /** One collectivité's workbook, ready to be stored in the ZIP. */
    private record Workbook(byte[] bytes, long crc) {
        static Workbook of(Statement statement, StatementHeading heading, StatementWords words) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);
            StatementOds.write(out, statement, heading, words);
            byte[] bytes = out.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new Workbook(bytes, crc.getValue());
        }
    }

    private static Workbook take(Future<Workbook> workbook) throws IOException {
        try {
            return workbook.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while writing the statements");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot write a statement", e.getCause());
        }
    }

    /**
     * Writes the ZIP into {@code out}, which is left open (finished, not closed).
     *
     * @param statements as {@code StatementEngine.territory} gives them, one per collectivité
     * @return the names of the entries, in their order
     */
    public static List<String> write(
            OutputStream out, List<Statement> statements, StatementHeading heading, StatementWords words)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>(statements.size() + 1);
        Set<String> taken = new HashSet<>();
        String summaryName = unique(safe(words.get("servicefinance.documents.summary.file")), taken) + ".ods";
        zip.putNextEntry(new ZipEntry(summaryName));
        OdsGridWriter.write(zip, List.of(summary(statements, heading, words)));
        zip.closeEntry();
        names.add(summaryName);
        // Each workbook is a zip already: stored as it is, not deflated a second time. They are made
        // on every core, a few ahead of the one being sent, and sent in order.
        ExecutorService workers = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "statements-archive");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Workbook>> ahead = new ArrayDeque<>();
            int next = 0;
            for (Statement statement : statements) {
                while (next < statements.size() && ahead.size() < AHEAD) {
                    Statement later = statements.get(next++);
                    ahead.add(workers.submit(() -> Workbook.of(later, heading, words)));
                }
                Workbook workbook = take(ahead.remove());
                String name = fileName(statement, taken);
                ZipEntry entry = new ZipEntry(name);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(workbook.bytes().length);
                entry.setCompressedSize(workbook.bytes().length);
                entry.setCrc(workbook.crc());
                zip.putNextEntry(entry);
                zip.write(workbook.bytes());
                zip.closeEntry();
                names.add(name);
            }
        } finally {
            workers.shutdownNow();
        }
        zip.finish();
        zip.flush();
        return names;
    }

    /** {@code code-name.ods} in lower-case ASCII letters, digits and hyphens; a second one gets {@code -2}. */
    static String fileName(Statement statement, Set<String> taken) {
        return unique(baseName(statement), taken) + ".ods";
    }

    /**
     * The name a statement's file takes, without extension: {@code 29151-morlaix}, in lower-case
     * ASCII letters, digits and hyphens (pages name their downloads with it too).
     */
    public static String baseName(Statement statement) {
        String code = safe(statement.collectivityCode());
        String name = safe(statement.collectivityName());
        String base = code.isEmpty() ? name : name.isEmpty() ? code : code + "-" + name;
        return base.isEmpty() ? "etat" : base;
    }

    /** Accents dropped, anything but letters and digits a single hyphen, at most 60 characters. */
    public static String safe(String text) {
        String plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String hyphens = NOT_SAFE.matcher(plain).replaceAll("-").toLowerCase(Locale.ROOT);
        String trimmed = hyphens.length() > MAX_NAME ? hyphens.substring(0, MAX_NAME) : hyphens;
        int start = 0;
        int end = trimmed.length();
        while (start < end && trimmed.charAt(start) == '-') {
            start++;
        }
        while (end > start && trimmed.charAt(end - 1) == '-') {
            end--;
        }
        return trimmed.substring(start, end);
    }

    private static String unique(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** The summary sheet: its columns found in one pass, its rows made as the writer reaches them. */
    static SheetContent summary(List<Statement> statements, StatementHeading heading, StatementWords words) {
        Map<String, BigDecimal> totalUnits = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Statement statement : statements) {
            for (ServiceTotal service : statement.services()) {
                totalUnits.merge(service.serviceCode(), service.units(), BigDecimal::add);
            }
            total = total.add(statement.total());
        }
        List<String> services = List.copyOf(totalUnits.keySet());
        List<GridCell> header = new ArrayList<>();
        header.add(GridCell.text(words.get("servicefinance.documents.column.code")));
        header.add(GridCell.text(words.get("servicefinance.documents.column.collectivity")));
        for (String service : services) {
            header.add(
                    GridCell.text(words.get("servicefinance.documents.column.serviceUnits", heading.service(service))));
        }
        header.add(GridCell.text(words.get("servicefinance.documents.column.total")));
        List<GridCell> last = new ArrayList<>();
        last.add(GridCell.text(""));
        last.add(GridCell.text(words.get("servicefinance.documents.summary.total")));
        services.forEach(service -> last.add(StatementOds.units(totalUnits.get(service))));
        last.add(StatementOds.amount(total));
        List<List<GridCell>> rows =
                SheetContent.streamed(statements.size() + 2, () -> new SummaryRows(statements, services, header, last));
        List<Integer> widths = new ArrayList<>(List.of(12, 30));
        services.forEach(service -> widths.add(16));
        widths.add(16);
        return new SheetContent(
                words.get("servicefinance.documents.sheet.summary"), rows, List.of(), false, widths, Set.of());
    }

    /** Header, one row per statement, the territory's total. */
    private static final class SummaryRows implements Iterator<List<GridCell>> {
        private final List<Statement> statements;
        private final List<String> services;
        private final List<GridCell> header;
        private final List<GridCell> last;
        private int next = -1;

        SummaryRows(List<Statement> statements, List<String> services, List<GridCell> header, List<GridCell> last) {
            this.statements = statements;
            this.services = services;
            this.header = header;
            this.last = last;
        }

        @Override
        public boolean hasNext() {
            return next <= statements.size();
        }

        @Override
        public List<GridCell> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int index = next++;
            if (index < 0) {
                return header;
            }
            if (index == statements.size()) {
                return last;
            }
            Statement statement = statements.get(index);
            Map<String, BigDecimal> units = new HashMap<>();
            for (ServiceTotal service : statement.services()) {
                units.merge(service.serviceCode(), service.units(), BigDecimal::add);
            }
            List<GridCell> row = new ArrayList<>(services.size() + 3);
            row.add(GridCell.text(statement.collectivityCode()));
            row.add(GridCell.text(statement.collectivityName()));
            for (String service : services) {
                BigDecimal u = units.get(service);
                row.add(StatementOds.units(u == null ? BigDecimal.ZERO : u));
            }
            row.add(StatementOds.amount(statement.total()));
            return row;
        }
    }
}
