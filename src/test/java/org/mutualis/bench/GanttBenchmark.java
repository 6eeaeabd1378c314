package org.mutualis.bench;

import java.util.concurrent.TimeUnit;
import org.mutualis.programme.documents.GanttPdf;
import org.mutualis.programme.documents.GanttSvg;
import org.mutualis.programme.documents.GanttWords;
import org.mutualis.programme.domain.gantt.GanttChart;
import org.mutualis.programme.domain.gantt.GanttLayout;
import org.mutualis.programme.domain.gantt.SyntheticProgramme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The programme's Gantt chart at 2,000 rows ({@link SyntheticProgramme#twoThousandRows()}: 4 stages, 40
 * actions, 120 phases, 1,836 tasks chained within each action, some late, a milestone ending each phase): the
 * layout alone, the layout and its SVG, the layout and its A3 PDF. Run with {@code bench/run.sh -f 1 -wi 3 -i 5
 * GanttBenchmark}; see docs/benchmarks.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class GanttBenchmark {

    /** The 2,000 rows, made once per fork. */
    @State(Scope.Benchmark)
    public static class Programme {
        GanttChart chart;
        GanttWords words;

        @Setup
        public void make() {
            chart = SyntheticProgramme.twoThousandRows();
            words = GanttWords.french();
        }
    }

    @Benchmark
    public GanttLayout layout(Programme programme) {
        return GanttLayout.of(programme.chart);
    }

    @Benchmark
    public String layoutAndSvg(Programme programme) {
        return GanttSvg.write(GanttLayout.of(programme.chart), programme.words);
    }

    @Benchmark
    public byte[] layoutAndPdf(Programme programme) {
        return GanttPdf.write(GanttLayout.of(programme.chart), programme.words);
    }
}
