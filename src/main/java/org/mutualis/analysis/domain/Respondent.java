package org.mutualis.analysis.domain;

import java.util.Map;
import org.mutualis.shared.AnswerValue;

/** A collectivité that answered, with its stratum and its answers looked up once. */
record Respondent(AnalysisUnit unit, StratumState stratum, Map<String, AnswerValue> answers) {

    String code() {
        return unit.code();
    }

    String name() {
        return unit.name();
    }
}
