package org.mutualis.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mutualis.identity.IdentityException;

/** The CNIL 2022 policy with the zxcvbn estimator: what it refuses, why, and what it lets through. */
class PasswordPolicyTests {

    private static String refusal(String password, String... personal) {
        try {
            PasswordPolicy.check(password, List.of(personal));
            return "accepted";
        } catch (IdentityException e) {
            return e.reason();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "aaaaaaaaaaaa",
                "aaaaaaaaaaaaaaaaaaaaaaaa",
                "Password1234!",
                "P@ssw0rd2024!",
                "azerty123456789",
                "Azerty123456",
                "0123456789abc",
                "Motdepasse2024!",
                "soleil-soleil-soleil"
            })
    void commonAndTrivialPasswordsAreTooEasyToGuess(String password) {
        assertThat(refusal(password)).isEqualTo("passwordGuessable");
    }

    @Test
    void theRefusalSaysWhyInFrench() {
        assertThatThrownBy(() -> PasswordPolicy.check("aaaaaaaaaaaa", List.of()))
                .isInstanceOf(IdentityException.class)
                .hasMessageContaining("trop facile à deviner")
                .hasMessageContaining("répétitions (aaaa)");
        assertThatThrownBy(() -> PasswordPolicy.check("qzmxkvbwtrpl", List.of()))
                .hasMessageContaining("56 bits d’entropie, il en faut 80")
                .hasMessageContaining("phrase de passe d’au moins 7 mots");
    }

    @Test
    void randomButNarrowPasswordsLackEntropyAsTheCnilCountsIt() {
        // 12 random lower-case letters: hard to guess for zxcvbn, but 12 × log2(26) ≈ 56 bits only.
        assertThat(refusal("qzmxkvbwtrpl")).isEqualTo("passwordEntropy");
        assertThat(refusal("qzmxkvbwtrplhg")).isEqualTo("passwordEntropy");
    }

    @Test
    void lengthComesFirst() {
        assertThat(refusal("kT7#pQ2!xZ9")).isEqualTo("passwordShort");
        assertThat(refusal("é".repeat(37))).isEqualTo("passwordLong");
    }

    @Test
    void theAccountsOwnWordsDoNotMakeAPassword() {
        assertThat(refusal("jean.dupont@morlaix.fr", "jean.dupont@morlaix.fr", "Jean Dupont"))
                .isEqualTo("passwordGuessable");
        assertThat(refusal("JeanDupont2026!", "jean.dupont@morlaix.fr", "Jean Dupont"))
                .isEqualTo("passwordGuessable");
        assertThat(refusal("JeanDupont2026!", "someone", "Someone Else")).isEqualTo("accepted");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "kT7#pQ2!xZ9m", // CNIL example 1: 12 characters of the four kinds
                "Xk9mPq2vLr8wTz", // CNIL example 2: 14 characters of three kinds
                "le chat dort sur le vieux canapé rouge", // CNIL example 3: a passphrase of 7 words
                "correct horse battery staple",
                "Mutualis-Morlaix-2026"
            })
    void theCnilExamplesAndGoodPassphrasesPass(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, List.of("someone", "Someone Else")))
                .doesNotThrowAnyException();
    }

    @Property(tries = 200)
    void anythingShorterThanTwelveCharactersIsRefused(@ForAll @StringLength(max = 11) String password) {
        assertThat(refusal(password)).isEqualTo("passwordShort");
    }

    @Property(tries = 200)
    void everyRefusalIsOneOfTheExplainedReasons(@ForAll @StringLength(min = 12, max = 30) String password) {
        assertThat(refusal(password)).isIn("accepted", "passwordGuessable", "passwordEntropy", "passwordLong");
    }
}
