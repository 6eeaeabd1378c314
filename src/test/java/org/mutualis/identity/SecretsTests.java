package org.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutualis.identity.domain.Secrets;

class SecretsTests {

    @Test
    void tokenSecretsAreMarkedRandomAndUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = Secrets.newTokenSecret();
            assertThat(secret).startsWith("mut_").matches("mut_[A-Za-z0-9_-]{43}");
            assertThat(seen.add(secret)).isTrue();
        }
    }

    @Test
    void prefixShowsTheMarkAndAFewCharacters() {
        assertThat(Secrets.prefix("mut_abcdefghijklmnop")).isEqualTo("mut_abcdefgh");
    }

    @Test
    void hashIsSha256Hex() {
        assertThat(Secrets.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void oneTimePasswordsHaveTheAskedLengthAndNoLookAlikes() {
        String password = Secrets.oneTimePassword(20);
        assertThat(password).hasSize(20).doesNotContain("0", "O", "1", "l", "I");
        assertThat(Secrets.oneTimePassword(20)).isNotEqualTo(password);
    }
}
