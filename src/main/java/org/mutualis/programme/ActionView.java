package org.mutualis.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.programme.domain.Phase;
import org.mutualis.savings.domain.ItemTheme;

/**
 * An action of a stage: its theme, years, what it is and gains, what it is linked to (a census
 * campaign, a group procurement whose award and assessment follow, a pooled service of the
 * service centre by its code), and its tasks by phase.
 */
public record ActionView(
        long id,
        long stageId,
        int position,
        @Nullable ItemTheme theme,
        String title,
        int firstYear,
        int lastYear,
        @Nullable String description,
        @Nullable String gain,
        @Nullable Long campaignId,
        @Nullable String campaignName,
        @Nullable Long procurementId,
        @Nullable String procurementSubject,
        @Nullable String serviceCode,
        long version,
        List<TaskView> tasks,
        Progress progress) {

    public ActionView {
        tasks = List.copyOf(tasks);
    }

    /** Its years as people write them: « 2012 » or « 2012–2013 » (never grouped like a number). */
    public String years() {
        return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
    }

    public List<TaskView> tasks(Phase phase) {
        return tasks.stream().filter(t -> t.phase() == phase).toList();
    }
}
