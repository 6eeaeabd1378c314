package org.mutualis.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mutualis.servicefinance.documents.StatementHeading;
import org.mutualis.servicefinance.documents.StatementWords;
import org.mutualis.servicefinance.documents.StatementsArchive;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.servicefinance.domain.sharing.StatementEngine;
import org.mutualis.servicefinance.domain.sharing.StatementPeriod;
import org.mutualis.servicefinance.domain.sharing.StatementRequest;
import org.mutualis.servicefinance.domain.sharing.Use;

/**
 * The annual statements of 36,000 collectivités (one per commune of France) computed with {@link
 * StatementEngine#territory} and written as one ZIP of ODS workbooks ({@link StatementsArchive})
 * into a temporary file, in a fresh JVM: what a server or a command-line run gets the first time
 * (issue 14: under 60 s). Prints the time to make the uses (not counted), to compute, to write,
 * the total, the CPU time of the thread, the peak heap and the ZIP's size.
 *
 * <p>The uses ({@code Random(2015)}, the same every run): 5 services (first-level assistance in
 * tickets, interventions in hours by the quarter, training in days by the half, workstations
 * covered, GB stored) at their 2015 unit costs; each collectivité has 5 to 40 uses of 2015 (by
 * default; argument 2), spread over the services, and one collectivité in ten one use of December
 * 2014 left off its statement.
 *
 * <p>Usage: {@code java -cp ... org.mutualis.bench.StatementsBenchmark [collectivités=36000]
 * [maxUses=40] [rounds=1]}, or {@code bench/statements.sh}; see docs/benchmarks.md.
 */
public final class StatementsBenchmark {

    private static final long MB = 1024 * 1024;
    private static final int YEAR = 2015;

    private static final List<ServiceUnitCost> RATES = List.of(
            new ServiceUnitCost("assistance", YEAR, new BigDecimal("42.9167")),
            new ServiceUnitCost("intervention", YEAR, new BigDecimal("55.3125")),
            new ServiceUnitCost("formation", YEAR, new BigDecimal("180.5")),
            new ServiceUnitCost("postes", YEAR, new BigDecimal("118.0433")),
            new ServiceUnitCost("sauvegarde", YEAR, new BigDecimal("0.4271")));

    private static final StatementHeading HEADING = new StatementHeading(
            "Établissement public de coopération intercommunale (banc d’essai)",
            LocalDate.of(YEAR + 1, 1, 15),
            Map.of(
                    "assistance", "Assistance de premier niveau et hotline",
                    "intervention", "Intervention technique",
                    "formation", "Formation des utilisateurs relais",
                    "postes", "Maintenance des postes de travail",
                    "sauvegarde", "Sauvegarde mutualisée"),
            Map.of(
                    "assistance", "demande",
                    "intervention", "heure d’intervention",
                    "formation", "journée de formation",
                    "postes", "poste de travail couvert",
                    "sauvegarde", "Go stocké"));

    private static final String[] NAMES = {
        "Saint-Thégonnec",
        "Plougonven",
        "Guerlesquin",
        "Lanmeur",
        "Île-de-Batz",
        "Le Cloître-Saint-Thégonnec",
        "Locquénolé",
        "Sainte-Sève",
        "Pleyber-Christ",
        "Taulé"
    };

    private StatementsBenchmark() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 36_000;
        int maxUses = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        PeakHeap.printJvm();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            List<StatementRequest> requests = requests(count, maxUses);
            long made = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            List<Statement> statements = StatementEngine.territory(requests, RATES);
            long computed = System.nanoTime();
            Path file = Files.createTempFile("mutualis-statements-", ".zip");
            int entries;
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    entries = StatementsArchive.write(out, statements, HEADING, StatementWords.french())
                            .size();
                }
                long written = System.nanoTime();
                long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
                long lines =
                        statements.stream().mapToLong(s -> s.lines().size()).sum();
                long excluded =
                        statements.stream().mapToLong(s -> s.excluded().size()).sum();
                BigDecimal total = statements.stream().map(Statement::total).reduce(BigDecimal.ZERO, BigDecimal::add);
                System.out.printf(
                        "Round %d: %d collectivités, %d uses on the statements, %d left off, total %s €;"
                                + " made in %d ms (not counted)%n",
                        round, statements.size(), lines, excluded, total.toPlainString(), ms(start, made));
                System.out.printf(
                        "Round %d: computed in %d ms, written in %d ms (%d entries, %d MB in %s):"
                                + " computed and written in %d ms (CPU of this thread %d ms)%n",
                        round,
                        ms(made, computed),
                        ms(computed, written),
                        entries,
                        Files.size(file) / MB,
                        file,
                        ms(made, written),
                        cpuMs);
            } finally {
                Files.deleteIfExists(file);
            }
        }
        System.out.printf(
                "Peak heap used: %d MB; load average %.2f%n",
                PeakHeap.peakHeapBytes() / MB,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The collectivités' uses of the year, the same every run. */
    static List<StatementRequest> requests(int count, int maxUses) {
        Random random = new Random(YEAR);
        StatementPeriod period = StatementPeriod.year(YEAR);
        LocalDate first = period.start();
        List<StatementRequest> requests = new ArrayList<>(count);
        int ticket = 0;
        for (int c = 0; c < count; c++) {
            int uses = 5 + random.nextInt(Math.max(1, maxUses - 4));
            List<Use> list = new ArrayList<>(uses + 1);
            // every collectivité has its workstations covered, once a year
            list.add(new Use(first, "postes", "recensement du parc 2015", BigDecimal.valueOf(1 + random.nextInt(60))));
            for (int u = 1; u < uses; u++) {
                LocalDate date = first.plusDays(random.nextInt(365));
                int kind = random.nextInt(10);
                Use use;
                if (kind < 5) {
                    use = new Use(date, "assistance", "demande n° " + (++ticket), BigDecimal.ONE);
                } else if (kind < 8) {
                    use = new Use(
                            date,
                            "intervention",
                            "temps passé, demande n° " + (++ticket),
                            BigDecimal.valueOf(1 + random.nextInt(32), 0).divide(BigDecimal.valueOf(4)));
                } else if (kind < 9) {
                    use = new Use(
                            date,
                            "formation",
                            "session de formation n° " + (1 + random.nextInt(400)),
                            new BigDecimal(random.nextBoolean() ? "0.5" : "1"));
                } else {
                    use = new Use(
                            date,
                            "sauvegarde",
                            "volume sauvegardé au " + date,
                            BigDecimal.valueOf(50 + random.nextInt(20_000), 1));
                }
                list.add(use);
            }
            if (random.nextInt(10) == 0) {
                list.add(new Use(
                        LocalDate.of(YEAR - 1, 12, 30), "assistance", "demande n° " + (++ticket), BigDecimal.ONE));
            }
            String code = String.format("%05d", 1001 + c);
            requests.add(
                    new StatementRequest(code, NAMES[c % NAMES.length] + " " + (c / NAMES.length + 1), period, list));
        }
        return requests;
    }
}
