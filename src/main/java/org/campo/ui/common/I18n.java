package org.campo.ui.common;

import java.util.Arrays;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.campo.common.Messages;

/**
 * The interface language as a JavaFX property, so that every label is a binding to
 * {@link Messages} and the whole window relabels at once when the user switches language,
 * without rebuilding screens (and losing what was typed).
 */
public final class I18n {
    private static final ReadOnlyObjectWrapper<Locale> LOCALE = new ReadOnlyObjectWrapper<>(Messages.locale());

    static {
        Messages.addLocaleListener(LOCALE::set);
    }

    private I18n() {
    }

    public static ReadOnlyObjectProperty<Locale> localeProperty() {
        return LOCALE.getReadOnlyProperty();
    }

    /** The sentence for {@code key}, re-evaluated whenever the language changes. */
    public static StringBinding text(String key, Object... args) {
        Object[] copy = args == null ? new Object[0] : Arrays.copyOf(args, args.length);
        return Bindings.createStringBinding(() -> Messages.get(key, copy), LOCALE);
    }

    /**
     * Runs {@code action} after each language change for as long as the returned listener is
     * reachable: the caller keeps it in a field, so a screen that was left behind is not kept
     * alive (or relabelled) by the process-wide language property.
     */
    public static InvalidationListener onChange(Runnable action) {
        InvalidationListener listener = obs -> action.run();
        LOCALE.addListener(new WeakInvalidationListener(listener));
        return listener;
    }

    /** The sentence for {@code key} now (for one-off texts such as dialog contents). */
    public static String get(String key, Object... args) {
        return Messages.get(key, args);
    }
}
