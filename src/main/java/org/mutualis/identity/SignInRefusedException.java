package org.mutualis.identity;

/**
 * A provider vouched for the person, but Mutualis lets them in as nobody: no invitation for their
 * address, a disabled account, no usable address. The reason names the message
 * {@code identity.error.<reason>} shown on the sign-in refusal page.
 */
public class SignInRefusedException extends IdentityException {

    /** Why, in the words of the refusal page's address ({@code /login?refused=…}). */
    public enum Reason {
        UNINVITED(
                "oidcUninvited",
                "Aucune invitation n’attend cette adresse électronique : demandez à l’administrateur de votre EPCI de vous inviter, puis reconnectez-vous."),
        DISABLED("oidcDisabled", "Ce compte est désactivé : adressez-vous à l’administrateur de votre EPCI."),
        NO_EMAIL(
                "oidcNoEmail",
                "Le fournisseur d’identité n’a pas transmis d’adresse électronique valable : Mutualis ne peut pas vous reconnaître."),
        UNVERIFIED(
                "oidcUnverified",
                "Le fournisseur d’identité indique que cette adresse électronique n’a pas été vérifiée : elle ne peut pas servir à accepter une invitation.");

        private final String code;
        private final String french;

        Reason(String code, String french) {
            this.code = code;
            this.french = french;
        }

        public String code() {
            return code;
        }
    }

    private final Reason why;

    public SignInRefusedException(Reason why) {
        super(why.code, why.french);
        this.why = why;
    }

    public Reason why() {
        return why;
    }
}
