package org.mutualis.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A stage of the programme, its actions and their progress. */
public record StageView(
        long id, int position, String title, @Nullable String summary, List<ActionView> actions, Progress progress) {

    public StageView {
        actions = List.copyOf(actions);
    }
}
