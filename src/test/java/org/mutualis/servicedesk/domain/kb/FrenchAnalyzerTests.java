package org.mutualis.servicedesk.domain.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The French analysis the search runs on: accents, case, stop words, plurals and feminine folded. */
class FrenchAnalyzerTests {

    @Example
    void theIssuesExamplesAnalyseToTheSameTerms() {
        assertThat(FrenchAnalyzer.terms("reseau")).isEqualTo(FrenchAnalyzer.terms("réseaux"));
        assertThat(FrenchAnalyzer.terms("imprimante")).isEqualTo(FrenchAnalyzer.terms("imprimantes"));
        assertThat(FrenchAnalyzer.terms("Messagerie")).isEqualTo(FrenchAnalyzer.terms("messageries"));
        assertThat(FrenchAnalyzer.terms("RÉSEAU")).containsExactly("reseau");
    }

    @Example
    void pluralsInAuxFeminineFormsAndLigaturesFold() {
        assertThat(FrenchAnalyzer.terms("journaux")).isEqualTo(FrenchAnalyzer.terms("journal"));
        assertThat(FrenchAnalyzer.terms("connectées")).isEqualTo(FrenchAnalyzer.terms("connecté"));
        assertThat(FrenchAnalyzer.terms("utilisatrices")).isEqualTo(FrenchAnalyzer.terms("utilisateur"));
        assertThat(FrenchAnalyzer.terms("actives")).isEqualTo(FrenchAnalyzer.terms("actif"));
        assertThat(FrenchAnalyzer.terms("personnelle")).isEqualTo(FrenchAnalyzer.terms("personnel"));
        assertThat(FrenchAnalyzer.terms("première")).isEqualTo(FrenchAnalyzer.terms("premier"));
        assertThat(FrenchAnalyzer.terms("Œuvre")).isEqualTo(FrenchAnalyzer.terms("oeuvres"));
    }

    @Example
    void stopWordsAndElisionsGoLongWordsAreCut() {
        assertThat(FrenchAnalyzer.terms("L’imprimante de la mairie ne marche pas"))
                .containsExactly("imprimant", "mairi", "march");
        assertThat(FrenchAnalyzer.terms("l'accès à d'autres réseaux")).containsExactly("acc", "autr", "reseau");
        assertThat(FrenchAnalyzer.terms("x".repeat(100))).containsExactly("x".repeat(FrenchAnalyzer.MAX_TERM));
        assertThat(FrenchAnalyzer.terms("")).isEmpty();
        assertThat(FrenchAnalyzer.terms(" ,;! ")).isEmpty();
    }

    @Example
    void aQueryKeepsItsDistinctTermsUpToTheLimit() {
        assertThat(FrenchAnalyzer.queryTerms("imprimante imprimantes réseau", 10))
                .containsExactly("imprimant", "reseau");
        assertThat(FrenchAnalyzer.queryTerms("un deux trois quatre", 2)).containsExactly("deu", "troi");
    }

    @Example
    void aTitlesTermsWeighMoreAndWeightsAreCapped() {
        var weights = FrenchAnalyzer.weights("Imprimante", "imprimante réseau réseau réseau", 5, 4);
        assertThat(weights).containsEntry("imprimant", 4).containsEntry("reseau", 3);
    }

    /** Any word with its accents and capitals, or without: the same terms. */
    @Property
    void accentsAndCapitalsNeverMatter(@ForAll("accentedWords") String word) {
        String plain = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
        assertThat(FrenchAnalyzer.terms(word)).isEqualTo(FrenchAnalyzer.terms(plain));
        assertThat(FrenchAnalyzer.terms(word.toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(FrenchAnalyzer.terms(word));
    }

    /** A word and its plural in -s (accented or not): the same terms. */
    @Property
    void aWordAndItsPluralAnalyseToTheSameTerm(@ForAll("accentedWords") String word) {
        String folded = FrenchAnalyzer.fold(word);
        Assume.that(folded.length() >= 3 && !folded.endsWith("s") && !folded.endsWith("x"));
        // Stop words ("tou" → "tous") are the one exception: a stop word has no term at all.
        Assume.that(FrenchAnalyzer.terms(folded).size() == 1
                && FrenchAnalyzer.terms(folded + "s").size() == 1);
        assertThat(FrenchAnalyzer.terms(word + "s")).isEqualTo(FrenchAnalyzer.terms(word));
    }

    /**
     * A feminine in -e and its plural in -es fold onto the masculine (those in -elle, -enne, -ive,
     * -trice have their own rules, tested by example above).
     */
    @Property
    void aFeminineInEAndItsPluralFoldOntoTheMasculine(@ForAll("accentedWords") String word) {
        String folded = FrenchAnalyzer.fold(word);
        Assume.that(folded.length() >= 4
                && folded.matches(".*[bcdfghjklmnpqrtvwz]")
                && !folded.endsWith("tric")
                && !folded.endsWith("ll")
                && !folded.endsWith("nn")
                && !folded.endsWith("iv"));
        Assume.that(FrenchAnalyzer.terms(folded).size() == 1);
        List<String> masculine = FrenchAnalyzer.terms(word);
        assertThat(FrenchAnalyzer.terms(word + "e")).isEqualTo(masculine);
        assertThat(FrenchAnalyzer.terms(word + "es")).isEqualTo(masculine);
    }

    /** Whatever the text (any Unicode, controls, surrogates), the analyser answers and its terms are short. */
    @Property(tries = 500)
    void neverThrowsAndTermsStayShort(@ForAll String text) {
        List<String> terms = FrenchAnalyzer.terms(text);
        assertThat(terms).allSatisfy(t -> assertThat(t).isNotEmpty().hasSizeLessThanOrEqualTo(FrenchAnalyzer.MAX_TERM));
        assertThat(FrenchAnalyzer.queryTerms(text, 10)).hasSizeLessThanOrEqualTo(10);
    }

    @Provide
    Arbitrary<String> accentedWords() {
        return Arbitraries.strings()
                .withChars("abcdefghijklmnopqrtuvyzéèêëàâîïôûùüçABCÉÈÀÇ")
                .ofMinLength(1)
                .ofMaxLength(14);
    }
}
