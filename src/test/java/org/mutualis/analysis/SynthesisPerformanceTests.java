package org.mutualis.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.CollectivityKind;

/**
 * The engine runs for all 1,255 French EPCIs (about 35,000 collectivités) in one go; the goal is
 * under 2 s on 2 cores. Measured in CPU time of this thread (one core), the best of three runs,
 * so that other processes on a busy build machine do not fail it.
 */
class SynthesisPerformanceTests {

    private static final int EPCIS = 1255;
    private static final int COMMUNES_PER_EPCI = 27;

    @Test
    void all_french_epcis_in_under_two_seconds() {
        List<AnalysisRequest> requests = franceLikeRequests(new Random(42));
        assertThat(requests.stream().mapToInt(r -> r.territory().size()).sum()).isGreaterThan(35_000);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        int strata = 0;
        for (int run = 0; run < 3; run++) {
            long start = threads.getCurrentThreadCpuTime();
            strata = 0;
            for (AnalysisRequest request : requests) {
                strata += SynthesisEngine.synthesise(request).strata().size();
            }
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }

        assertThat(strata).isGreaterThan(EPCIS);
        assertThat(best / 1_000_000).as("CPU milliseconds for %d EPCIs", EPCIS).isLessThan(2_000);
    }

    /** Study-like territories: 27 communes and the EPCI each, a third of them answering. */
    private static List<AnalysisRequest> franceLikeRequests(Random random) {
        List<AnalysisRequest> requests = new ArrayList<>(EPCIS);
        Map<String, Map<String, AnswerValue>> template = Study2012Fixture.answers();
        List<Map<String, AnswerValue>> rows = new ArrayList<>(template.values());
        for (int e = 0; e < EPCIS; e++) {
            List<AnalysisUnit> units = new ArrayList<>(COMMUNES_PER_EPCI + 1);
            Map<String, Map<String, AnswerValue>> answers = new LinkedHashMap<>();
            for (int c = 0; c < COMMUNES_PER_EPCI; c++) {
                String code = e + "-" + c;
                units.add(new AnalysisUnit(code, code, CollectivityKind.COMMUNE, random.nextInt(20_000)));
                if (random.nextInt(3) == 0) {
                    answers.put(code, varied(rows.get(random.nextInt(rows.size())), random));
                }
            }
            String epci = "epci-" + e;
            units.add(new AnalysisUnit(epci, epci, CollectivityKind.EPCI, null));
            answers.put(epci, varied(rows.get(random.nextInt(rows.size())), random));
            requests.add(new AnalysisRequest(
                    units, answers, Study2012Fixture.indicators(), Study2012Fixture.shareGroups(),
                    Study2012Fixture.renewals(), StratumBands.study2012(), List.of()));
        }
        return requests;
    }

    private static Map<String, AnswerValue> varied(Map<String, AnswerValue> row, Random random) {
        Map<String, AnswerValue> copy = new LinkedHashMap<>();
        row.forEach((indicator, value) -> copy.put(indicator, value instanceof AnswerValue.Numeric n
                ? new AnswerValue.Numeric(n.value().add(BigDecimal.valueOf(random.nextInt(5))))
                : value));
        return copy;
    }
}
