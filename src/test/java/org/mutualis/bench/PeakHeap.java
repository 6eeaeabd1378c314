package org.mutualis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mutualis.analysis.domain.SynthesisEngine;

/**
 * Loads the national census, computes every EPCI's synthesis round after round in a fresh JVM,
 * and prints the load time, each round's time, the heap the census keeps alive and the peak heap
 * of the whole run. The first rounds show what a just-started server or a command-line run gets
 * before the JIT has compiled the engine; JMH ({@link SynthesisBenchmark}) gives the steady state.
 *
 * <p>Usage: {@code java -cp ... -Dmutualis.bench.data=DIR org.mutualis.bench.PeakHeap [rounds]}
 */
public final class PeakHeap {

    private static final long MB = 1024 * 1024;

    private PeakHeap() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        printJvm();

        long start = System.nanoTime();
        NationalCensus census = NationalCensus.load();
        long loadMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "National census: %d EPCIs, %d collectivités, %d respondents, loaded in %d ms%n",
                census.epcis().size(), census.collectivities(), census.respondents(), loadMs);

        // CPU time of this thread too: on a busy machine it stays near what a quiet one would take.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> times = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        long checksum = 0;
        for (int round = 1; round <= rounds; round++) {
            long roundStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (NationalCensus.Epci epci : census.epcis()) {
                checksum +=
                        SynthesisEngine.synthesise(epci.request()).warnings().size();
            }
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            long ms = (System.nanoTime() - roundStart) / 1_000_000;
            times.add(ms);
            cpuTimes.add(cpuMs);
            System.out.printf("All EPCIs, round %d: %d ms (CPU of this thread %d ms)%n", round, ms, cpuMs);
        }
        List<Long> lastHalf = times.subList(rounds / 2, rounds);
        System.out.printf(
                "All EPCIs: first round %d ms; last %d rounds: median %d ms (CPU %d ms), best %d ms"
                        + " (checksum %d)%n",
                times.get(0),
                lastHalf.size(),
                median(lastHalf),
                median(cpuTimes.subList(rounds / 2, rounds)),
                lastHalf.stream().mapToLong(Long::longValue).min().orElseThrow(),
                checksum);

        long peak = peakHeapBytes();
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(
                "Peak heap used: %d MB; heap after full GC with the census loaded: %d MB%n", peak / MB, live / MB);
        System.out.printf(
                "System load average (1 min): %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // Keeps the census reachable up to the measure above.
        if (census.epcis().isEmpty()) {
            System.out.println(Arrays.toString(args));
        }
    }

    /** Peak of each heap pool since the JVM started, summed: an upper bound, since pools peak at different moments. */
    /** The first line of a benchmark's output: which JVM, how many cores, its heap and options, the load. */
    static void printJvm() {
        System.out.printf(
                "JVM: %s %s, %d processors, max heap %d MB, options %s; load average %.2f%n",
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / MB,
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static long median(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray()[values.size() / 2];
    }
}
