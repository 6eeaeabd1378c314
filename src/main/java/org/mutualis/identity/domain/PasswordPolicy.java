package org.mutualis.identity.domain;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mutualis.identity.IdentityException;

/**
 * The password policy, after the CNIL's recommendation of 2022 (délibération n° 2022-100, case n° 1:
 * a password alone protects the account, so it must be worth 80 bits of entropy) and its note on
 * « devinabilité »: a password must be both
 *
 * <ul>
 *   <li><b>long and varied enough</b>: 12 characters at least, and 80 bits of entropy as the CNIL
 *       counts them (length × log2 of the alphabet the characters are drawn from: 26 lower-case,
 *       26 upper-case, 10 digits, 37 others). The CNIL's examples pass: 12 characters of the four
 *       kinds, 14 of three kinds, a passphrase of 7 words;
 *   <li><b>hard to guess</b>: the estimator zxcvbn (Dropbox's, in its Java port zxcvbn4j), which
 *       knows common passwords, words, names, keyboard walks (azerty), sequences (abc, 123),
 *       repetitions (aaaa), dates and l33t substitutions, and the person's own username and name,
 *       must estimate at least 10<sup>10</sup> guesses (its best score, 4).
 * </ul>
 *
 * The first rule refuses {@code Abc1!} padded to 12 characters no more than a home-made rule would;
 * the second refuses {@code aaaaaaaaaaaaaaaaaaaa} and {@code P@ssw0rd2024!}, which the first lets
 * through. Every refusal says why, in French first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    // bcrypt reads 72 bytes at most and Spring Security refuses longer input rather than truncate.
    public static final int MAX_BYTES = 72;
    public static final int MIN_ENTROPY_BITS = 80;
    public static final int MIN_GUESSES_LOG10 = 10;

    private static final int LOWER = 26;
    private static final int UPPER = 26;
    private static final int DIGITS = 10;
    private static final int OTHERS = 37;

    // Thread-safe once built; building loads the dictionaries (about 100 ms), so once only.
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordPolicy() {}

    /** What the estimator and the CNIL count make of a password. */
    public record Assessment(int lengthInCharacters, int kinds, int entropyBits, int guessesLog10) {}

    /**
     * Refuses a password that breaks the policy with an {@link IdentityException} saying why.
     * {@code personal} are the account's own words (username, display name): a password made of
     * them is as weak as a dictionary word.
     */
    public static void check(String password, List<String> personal) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new IdentityException("passwordShort", "Le mot de passe doit compter au moins 12 caractères.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IdentityException("passwordLong", "Le mot de passe est trop long (72 octets au plus).");
        }
        Assessment assessment = assess(password, personal);
        if (assessment.guessesLog10() < MIN_GUESSES_LOG10) {
            throw new IdentityException(
                    "passwordGuessable",
                    "Ce mot de passe est trop facile à deviner : un attaquant le trouverait en 10^"
                            + assessment.guessesLog10()
                            + " essais environ (il en faut au moins 10^10). Les mots de passe"
                            + " courants, les mots du dictionnaire, les suites (abc, 123), les répétitions (aaaa),"
                            + " les dates, les claviers (azerty) et votre identifiant ou votre nom sont essayés en"
                            + " premier. Préférez une phrase de passe de plusieurs mots sans rapport entre eux.",
                    assessment.guessesLog10());
        }
        boolean cnilFirstExample = length >= MIN_LENGTH && assessment.kinds() == 4;
        if (assessment.entropyBits() < MIN_ENTROPY_BITS && !cnilFirstExample) {
            throw new IdentityException(
                    "passwordEntropy",
                    "Ce mot de passe n’est pas assez long ou varié : environ " + assessment.entropyBits()
                            + " bits d’entropie, il en faut 80 (recommandation de la CNIL de 2022). Par exemple :"
                            + " 12 caractères mêlant majuscules, minuscules, chiffres et caractères spéciaux,"
                            + " 14 caractères de trois de ces sortes, ou une phrase de passe d’au moins 7 mots.",
                    assessment.entropyBits());
        }
    }

    /** The CNIL's count and the estimator's, without deciding anything. */
    public static Assessment assess(String password, List<String> personal) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        int length = 0;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            length++;
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        int alphabet = (lower ? LOWER : 0) + (upper ? UPPER : 0) + (digit ? DIGITS : 0) + (other ? OTHERS : 0);
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        int bits = alphabet == 0 ? 0 : (int) Math.floor(length * Math.log(alphabet) / Math.log(2));
        List<String> words = new ArrayList<>();
        for (String word : personal) {
            if (!word.isBlank()) {
                words.add(word.toLowerCase(Locale.ROOT));
                // "jean.dupont@mairie.fr" gives "jean", "dupont", "mairie", "fr" too.
                for (String part : word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    if (part.length() >= 3) {
                        words.add(part);
                    }
                }
            }
        }
        Strength strength = ESTIMATOR.measure(password, words);
        int guessesLog10 = (int) Math.floor(strength.getGuessesLog10());
        return new Assessment(length, kinds, bits, guessesLog10);
    }
}
