package org.mutualis.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 (TOTP) and RFC 4648 (base 32) by their own test vectors, and the rules around a code. */
class TotpTests {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    // RFC 6238, appendix B: time (s), then the 8-digit codes for SHA-1, SHA-256 and SHA-512.
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void rfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void appsSixDigitCodeIsTheLastSixOfTheRfcs() {
        assertThat(Totp.code(SHA1_SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(SHA1_SEED, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void aCodeIsAcceptedOneStepEarlyOrLateAndOnlyOnce() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        String current = Totp.code(SHA1_SEED, now);
        String previous = Totp.code(SHA1_SEED, step - 1, 6, Totp.SHA1);
        String tooOld = Totp.code(SHA1_SEED, step - 2, 6, Totp.SHA1);
        String next = Totp.code(SHA1_SEED, step + 1, 6, Totp.SHA1);

        assertThat(Totp.matchingStep(SHA1_SEED, current, now, 0)).hasValue(step);
        assertThat(Totp.matchingStep(SHA1_SEED, previous, now, 0)).hasValue(step - 1);
        assertThat(Totp.matchingStep(SHA1_SEED, next, now, 0)).hasValue(step + 1);
        assertThat(Totp.matchingStep(SHA1_SEED, tooOld, now, 0)).isEmpty();
        // Used once: the same step (or an earlier one) no longer serves.
        assertThat(Totp.matchingStep(SHA1_SEED, current, now, step)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, previous, now, step)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, " " + current.substring(0, 3) + " " + current.substring(3), now, 0))
                .hasValue(step);
        assertThat(Totp.matchingStep(SHA1_SEED, "abcdef", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "", now, 0)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void rfc4648Base32TestVectors(String plain, String encoded) {
        assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded.toLowerCase()), StandardCharsets.US_ASCII))
                .isEqualTo(plain);
    }

    @Property
    void base32RoundTrips(@ForAll @Size(max = 64) byte[] bytes) {
        assertThat(Base32.decode(Base32.encode(bytes))).isEqualTo(bytes);
    }

    @Property
    void secretsSealedUnderOneKeyOpenUnderItOnly(@ForAll @Size(max = 64) byte[] secret) {
        var cipher = new SecretCipher(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 1;
        String sealed = cipher.encrypt(secret);
        assertThat(cipher.decrypt(sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> new SecretCipher(other).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recoveryCodesAreTwelveBase32CharactersInThreeGroups() {
        String code = Secrets.recoveryCode();
        assertThat(code).matches("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}");
        assertThat(Secrets.normalRecoveryCode(" " + code.toLowerCase() + " ")).isEqualTo(code.replace("-", ""));
    }
}
