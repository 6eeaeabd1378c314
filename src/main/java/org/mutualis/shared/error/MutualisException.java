package org.mutualis.shared.error;

import java.util.List;
import java.util.Map;
import org.mutualis.shared.text.BundleTexts;
import org.mutualis.shared.text.Text;

/**
 * The one exception vocabulary of Mutualis: every refusal a person can cause is one of its four
 * kinds ({@link NotFoundException}, {@link RejectedException}, {@link ConflictException}, {@link
 * ForbiddenException}), plus {@link UnavailableException} when a service the application needs
 * (the mail server) failed, and {@link BusyException} when the server already does as much of a
 * costly work (file imports) as it safely can. The portal's two handlers turn them into one error page or an RFC 9457
 * problem document, in the reader's language.
 *
 * <p>{@link #code()} is a message code of the {@code i18n} bundles, resolved with {@link #args()};
 * where no bundle has the code, the text itself is shown (older call sites still pass a French
 * sentence, which is then both code and text).
 */
public abstract class MutualisException extends RuntimeException {

    private final String code;
    private final List<Object> args;

    protected MutualisException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = List.of(args);
    }

    /** The message code, or a French sentence for call sites not yet given a code. */
    public String code() {
        return code;
    }

    public Object[] args() {
        return args.toArray();
    }

    /** The message code and its arguments, for a page or an API body to resolve in the reader's language. */
    public Text text() {
        return new Text(code, args);
    }

    /** The text in French, the default language (logs, the CLI); pages and the API resolve the code themselves. */
    @Override
    public String getMessage() {
        return BundleTexts.french(code, args.toArray());
    }

    /** Problems to list under the message (a field, a sheet cell, a rule), in reading order. */
    public List<Problem> problems() {
        return List.of();
    }

    /** Extra members of the API's problem document (for example {@code errors} by field). */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
