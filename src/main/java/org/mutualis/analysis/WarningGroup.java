package org.mutualis.analysis;

import java.util.List;
import org.mutualis.analysis.domain.DataWarning;

/** The warnings of one kind (incoherent totals, out-of-range values…), by collectivité. */
public record WarningGroup(DataWarning.Kind kind, List<WarningLine> lines) {

    public int size() {
        return lines.size();
    }
}
