package org.mutualis.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets: API token secrets and one-time passwords, and the hash under which tokens are kept. */
public final class Secrets {

    public static final String TOKEN_MARK = "mut_";
    public static final int PREFIX_LENGTH = 12;

    // No look-alike characters (0/O, 1/l/I): the first administrator copies the password from a log.
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** {@code mut_} and 32 random bytes in base64url: 256 bits, so a plain SHA-256 is enough to store it. */
    public static String newTokenSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return TOKEN_MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The part of a token shown in lists, harmless on its own. */
    public static String prefix(String secret) {
        return secret.substring(0, Math.min(PREFIX_LENGTH, secret.length()));
    }

    public static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** A new TOTP secret: 160 random bits, the size of an HMAC-SHA1 key (RFC 4226). */
    public static byte[] totpSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** A recovery code: 12 characters of base 32 (60 random bits), written {@code XXXX-XXXX-XXXX}. */
    public static String recoveryCode() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        String code = Base32.encode(bytes).substring(0, 12);
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** How a typed recovery code is compared: upper case, without spaces or dashes. */
    public static String normalRecoveryCode(String typed) {
        return typed.replace(" ", "").replace("-", "").strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static String oneTimePassword(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
