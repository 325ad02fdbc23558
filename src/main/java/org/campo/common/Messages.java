package org.campo.common;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every user-visible sentence comes from here. Bundles are split by feature
 * ({@code org/campo/i18n/<feature>.properties}, with {@code _es} variants) and a key's first
 * segment names its bundle, so {@code form.compile.unknownType} lives in {@code form.properties}.
 * Splitting keeps each feature's wording next to its owners and avoids one huge file.
 *
 * <p>The language is process-wide because the app has one user at a time; listeners let the
 * UI relabel itself when it changes.
 */
public final class Messages {
    /** The feature bundles; a test checks that each exists in every supported language. */
    public static final List<String> BUNDLES = List.of(
            "common", "crypto", "store", "study", "audit", "form", "collect", "consent", "qda", "export", "ui", "cli",
            "refi", "merge");

    /** Interface languages, the first being the default. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, new Locale("es"));

    private static volatile Locale current = defaultLocale();
    private static final List<Consumer<Locale>> LISTENERS = new CopyOnWriteArrayList<>();

    private Messages() {
    }

    private static Locale defaultLocale() {
        String lang = Locale.getDefault().getLanguage();
        return "es".equals(lang) ? new Locale("es") : Locale.ENGLISH;
    }

    public static Locale locale() {
        return current;
    }

    public static void setLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Locale chosen = "es".equals(locale.getLanguage()) ? new Locale("es") : Locale.ENGLISH;
        if (!chosen.equals(current)) {
            current = chosen;
            LISTENERS.forEach(l -> l.accept(chosen));
        }
    }

    public static void addLocaleListener(Consumer<Locale> listener) {
        LISTENERS.add(listener);
    }

    public static void removeLocaleListener(Consumer<Locale> listener) {
        LISTENERS.remove(listener);
    }

    public static String get(String key, Object... args) {
        return get(current, key, args);
    }

    /**
     * The sentence for {@code key} in {@code locale}. {@link Locale#ROOT} gives English (used for
     * exception messages that end up in logs). A missing key gives the key in brackets rather
     * than failing, because a missing translation must never hide the error being reported;
     * {@code MessagesTest} makes sure none is missing.
     */
    public static String get(Locale locale, String key, Object... args) {
        String pattern = lookup(locale, key);
        if (pattern == null) {
            return "[" + key + "]";
        }
        if (args == null || args.length == 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(pattern, locale == Locale.ROOT ? Locale.ENGLISH : locale).format(args);
    }

    /** Whether a key exists in the default (English) bundles. */
    public static boolean has(String key) {
        return lookup(Locale.ENGLISH, key) != null;
    }

    private static String lookup(Locale locale, String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String bundleName = "org.campo.i18n." + key.substring(0, dot);
        try {
            Locale effective = locale == Locale.ROOT ? Locale.ENGLISH : locale;
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, effective,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** All keys of one bundle in one language, for completeness tests and tooling. */
    public static List<String> keys(String bundle, Locale locale) {
        ResourceBundle rb = ResourceBundle.getBundle("org.campo.i18n." + bundle, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> keys = new ArrayList<>(rb.keySet());
        Collections.sort(keys);
        return keys;
    }
}
