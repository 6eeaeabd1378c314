package org.mutualis.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.programme.domain.governance.CompositionGap;

/**
 * A governance body of a programme, its members, and what a comité de pilotage still lacks to hold
 * a meeting ({@code gaps}, empty for other bodies).
 */
public record BodyView(
        long id,
        long programmeId,
        BodyKind kind,
        String name,
        @Nullable String theme,
        List<MemberView> members,
        List<CompositionGap> gaps) {

    public BodyView {
        members = List.copyOf(members);
        gaps = List.copyOf(gaps);
    }
}
