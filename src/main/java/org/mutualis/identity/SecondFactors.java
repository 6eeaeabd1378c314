package org.mutualis.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import org.mutualis.identity.domain.Base32;
import org.mutualis.identity.domain.SecretCipher;
import org.mutualis.identity.domain.Secrets;
import org.mutualis.identity.domain.Totp;
import org.mutualis.identity.persistence.TotpStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor: a TOTP code (RFC 6238, any authenticator app) after the password,
 * or one of ten single-use recovery codes. The secret is kept encrypted (AES-GCM) under the key
 * {@code mutualis.security.totp-key} (base64 of 32 bytes; every instance needs the same one), or,
 * when that is not set, under a key generated once in {@code mutualis.security.totp-key-file}; it
 * is shown once, at enrolment, and never again. Recovery codes are kept as SHA-256 hashes (they
 * carry 60 random bits). With {@code mutualis.security.require-totp-for-admins} (true unless the
 * demo or the tests say otherwise), administrators cannot sign in without it and cannot remove it.
 */
@Service
public class SecondFactors {

    public static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Mutualis";

    /** What enrolment shows once: the secret in base 32 and the URI an app reads from the QR code. */
    public record Enrolment(String secret, String uri) implements java.io.Serializable {}

    /** How a code was accepted. */
    public enum Check {
        TOTP,
        RECOVERY_CODE,
        REFUSED
    }

    private final TotpStore store;
    private final Accounts accounts;
    private final Clock clock;
    private final SecretCipher cipher;
    private final boolean requiredForAdmins;

    SecondFactors(
            TotpStore store,
            Accounts accounts,
            Clock clock,
            @Value("${mutualis.security.totp-key:}") String key,
            @Value("${mutualis.security.totp-key-file:./data/totp.key}") Path keyFile,
            @Value("${mutualis.security.require-totp-for-admins:true}") boolean requiredForAdmins) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
        this.cipher = new SecretCipher(
                key.isBlank() ? keyFromFile(keyFile) : Base64.getDecoder().decode(key.strip()));
        this.requiredForAdmins = requiredForAdmins;
    }

    public boolean enabled(long userId) {
        return store.of(userId).isPresent();
    }

    /** Whether this person must have a second factor to sign in (administrators, when so configured). */
    public boolean required(CurrentUser user) {
        return requiredForAdmins && user.isAdministrator();
    }

    /** A new secret for {@code username}, not stored until a code proves the app has it. */
    public Enrolment start(String username) {
        String secret = Base32.encode(Secrets.totpSecret());
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8)
                .replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
                + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(secret, uri);
    }

    /**
     * Turns the second factor on with the secret of {@link #start}, once {@code code} shows the app
     * computes the same codes; answers the recovery codes, to be shown once.
     */
    @Transactional
    public List<String> confirm(CurrentUser user, String secret, String code) {
        byte[] key = Base32.decode(secret);
        OptionalLong step = Totp.matchingStep(key, code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw wrongCode();
        }
        if (enabled(user.id())) {
            throw new IdentityException("totpAlreadyEnabled", "La double authentification est déjà activée.");
        }
        try {
            store.insert(user.id(), cipher.encrypt(key), step.getAsLong(), Utc.now(clock));
        } catch (DuplicateKeyException e) {
            throw new IdentityException("totpAlreadyEnabled", "La double authentification est déjà activée.");
        }
        List<String> codes = newRecoveryCodes(user.id());
        accounts.audit(user.username(), "TOTP_ENABLED", null);
        return codes;
    }

    /** Checks a code typed at sign-in: a TOTP code (once only), or an unused recovery code (used up). */
    @Transactional
    public Check check(long userId, String typed) {
        var enrolled = store.of(userId);
        if (enrolled.isEmpty()) {
            return Check.REFUSED;
        }
        byte[] key = cipher.decrypt(enrolled.get().secretCipher());
        OptionalLong step =
                Totp.matchingStep(key, typed, clock.instant(), enrolled.get().lastStep());
        if (step.isPresent()) {
            return store.use(userId, step.getAsLong()) ? Check.TOTP : Check.REFUSED;
        }
        String recovery = Secrets.normalRecoveryCode(typed);
        if (recovery.length() == 12 && store.useRecoveryCode(userId, Secrets.sha256Hex(recovery), Utc.now(clock))) {
            return Check.RECOVERY_CODE;
        }
        return Check.REFUSED;
    }

    public int recoveryCodesLeft(long userId) {
        return store.recoveryCodesLeft(userId);
    }

    /** New recovery codes, the old ones no longer serving; a current code is asked first. */
    @Transactional
    public List<String> renewRecoveryCodes(CurrentUser user, String code) {
        if (check(user.id(), code) == Check.REFUSED) {
            throw wrongCode();
        }
        List<String> codes = newRecoveryCodes(user.id());
        accounts.audit(user.username(), "TOTP_RECOVERY_RENEWED", null);
        return codes;
    }

    /** Turns one's second factor off, a current code proving it is the owner; not where it is required. */
    @Transactional
    public void disable(CurrentUser user, String code) {
        if (required(user)) {
            throw new IdentityException(
                    "totpRequired", "La double authentification est obligatoire pour les administrateurs.");
        }
        if (check(user.id(), code) == Check.REFUSED) {
            throw wrongCode();
        }
        store.delete(user.id());
        accounts.audit(user.username(), "TOTP_DISABLED", null);
    }

    private List<String> newRecoveryCodes(long userId) {
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = Secrets.recoveryCode();
            codes.add(code);
            hashes.add(Secrets.sha256Hex(Secrets.normalRecoveryCode(code)));
        }
        store.replaceRecoveryCodes(userId, hashes);
        return codes;
    }

    private static IdentityException wrongCode() {
        return new IdentityException(
                "totpWrongCode",
                "Ce code n’est pas le bon : saisissez les 6 chiffres affichés en ce moment par l’application"
                        + " (l’heure du téléphone doit être juste).");
    }

    // Generated once, readable by the server's user only; several instances must share
    // mutualis.security.totp-key instead.
    private static byte[] keyFromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(
                        file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the directory's own permissions protect it.
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the TOTP key file " + file, e);
        }
    }
}
