package org.mutualis.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mutualis.analysis.domain.AnalysisRequest;
import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.analysis.domain.SynthesisEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The analysis core at national scale, data in memory: every EPCI of France one after the other
 * (goal: under 2 s on 2 cores), the same on all cores, and a single EPCI. Run with
 * {@code bench/run.sh}; see docs/benchmarks.md.
 *
 * <p>Warm-ups are long on purpose: the engine runs about ten times faster once C2 has compiled
 * it, which takes some 10,000 syntheses (8 to 15 s on this busy 2-core machine). {@link PeakHeap}
 * shows the passes before that.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 8, time = 2)
public class SynthesisBenchmark {

    /** The national census, loaded once per fork. */
    @State(Scope.Benchmark)
    public static class National {
        List<AnalysisRequest> requests;

        @Setup
        public void load() {
            requests = NationalCensus.load().epcis().stream()
                    .map(NationalCensus.Epci::request)
                    .toList();
        }
    }

    /** One EPCI: Morlaix Communauté (26 communes) or the Métropole du Grand Paris (130). */
    @State(Scope.Benchmark)
    public static class OneEpci {
        @Param({NationalCensus.MORLAIX_COMMUNAUTE, NationalCensus.GRAND_PARIS})
        String code;

        AnalysisRequest request;

        @Setup
        public void load() {
            request = NationalCensus.load().epci(code).request();
        }
    }

    @Benchmark
    public long allEpcis(National national, Blackhole blackhole) {
        long checksum = 0;
        for (AnalysisRequest request : national.requests) {
            Synthesis synthesis = SynthesisEngine.synthesise(request);
            blackhole.consume(synthesis);
            checksum += checksum(synthesis);
        }
        return checksum;
    }

    /** The same work on every core (a Blackhole is for one thread: the checksum keeps it honest). */
    @Benchmark
    public long allEpcisParallel(National national) {
        return national.requests.parallelStream()
                .mapToLong(request -> checksum(SynthesisEngine.synthesise(request)))
                .sum();
    }

    @Benchmark
    @Warmup(iterations = 15, time = 1)
    @Measurement(iterations = 10, time = 1)
    public Synthesis oneEpci(OneEpci epci) {
        return SynthesisEngine.synthesise(epci.request);
    }

    private static long checksum(Synthesis synthesis) {
        return synthesis.strata().size()
                + synthesis.counts().size()
                + synthesis.warnings().size();
    }
}
