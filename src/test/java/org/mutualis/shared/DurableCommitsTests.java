package org.mutualis.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The URL half of {@link DurableCommits}; the kill itself is in {@code KillTests}. */
class DurableCommitsTests {

    @Test
    void anH2FileUrlGetsWriteDelayZero() {
        assertThat(DurableCommits.withWriteDelayZero("jdbc:h2:file:./data/mutualis"))
                .isEqualTo("jdbc:h2:file:./data/mutualis;WRITE_DELAY=0");
        assertThat(DurableCommits.withWriteDelayZero("jdbc:h2:file:/srv/m;AUTO_SERVER=FALSE;write_delay = 500;MODE=X"))
                .isEqualTo("jdbc:h2:file:/srv/m;AUTO_SERVER=FALSE;MODE=X;WRITE_DELAY=0");
        assertThat(DurableCommits.withWriteDelayZero("jdbc:h2:./data/m;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:./data/m;WRITE_DELAY=0");
    }

    @Test
    void otherUrlsAreLeftAlone() {
        assertThat(DurableCommits.withWriteDelayZero("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"))
                .isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
        assertThat(DurableCommits.withWriteDelayZero("jdbc:postgresql://db:5432/mutualis"))
                .isEqualTo("jdbc:postgresql://db:5432/mutualis");
    }
}
