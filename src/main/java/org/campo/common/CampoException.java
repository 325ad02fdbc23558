package org.campo.common;

import java.util.Locale;

/**
 * A failure that users may see. It carries a message key and arguments rather than a
 * sentence, so the same failure can be shown in Spanish in the app and in English in a log
 * or CLI transcript, and so that tests can assert on the key instead of on wording.
 */
public class CampoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public CampoException(String key, Object... args) {
        this(null, key, args);
    }

    public CampoException(Throwable cause, String key, Object... args) {
        super(Messages.get(Locale.ROOT, key, args), cause);
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** The message key, e.g. {@code store.wrongPassphrase}. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The sentence in the user's current language. */
    @Override
    public String getLocalizedMessage() {
        return Messages.get(key, args);
    }

    /** The sentence in a given language. */
    public String localizedMessage(Locale locale) {
        return Messages.get(locale, key, args);
    }
}
