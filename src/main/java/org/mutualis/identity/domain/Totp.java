package org.mutualis.identity.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 on RFC 4226's HOTP): the code of a time step is the
 * HMAC of the step's number under the shared secret, truncated dynamically to {@code digits}
 * decimal digits. Authenticator apps use HMAC-SHA1, 6 digits and 30-second steps, the defaults
 * here; a code is accepted one step early or late (clocks drift) and never twice.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    public static final String SHA1 = "HmacSHA1";
    /** Steps accepted on each side of the current one. */
    public static final int DRIFT = 1;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {}

    /** The time step of an instant: seconds since the epoch divided by 30. */
    public static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one step, left-padded with zeros to {@code digits} digits. */
    public static String code(byte[] secret, long step, int digits, String algorithm) {
        byte[] counter = new byte[8];
        long value = step;
        for (int i = 7; i >= 0; i--) {
            counter[i] = (byte) value;
            value >>>= 8;
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, "RAW"));
            hash = mac.doFinal(counter);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is required by every Java platform", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /** The 6-digit HMAC-SHA1 code of an instant, as authenticator apps show it. */
    public static String code(byte[] secret, Instant instant) {
        return code(secret, step(instant), DIGITS, SHA1);
    }

    /**
     * The step whose code {@code typed} is, among the current step and its neighbours, if it comes
     * after {@code lastUsedStep} (a code serves once). Spaces in the typed code are ignored.
     */
    public static OptionalLong matchingStep(byte[] secret, String typed, Instant now, long lastUsedStep) {
        String code = typed.replace(" ", "").strip();
        if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - DRIFT; step <= current + DRIFT; step++) {
            // Constant-time comparison: the time taken tells nothing of how many digits matched.
            if (step > lastUsedStep
                    && MessageDigest.isEqual(code(secret, step, DIGITS, SHA1).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
