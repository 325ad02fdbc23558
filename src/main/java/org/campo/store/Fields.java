package org.campo.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs a few small values into one encrypted field (one AEAD operation instead of several).
 * Values are length-prefixed, so any text, separators included, round-trips; null is kept
 * apart from the empty string.
 */
final class Fields {
    private Fields() {
    }

    static String join(String... values) {
        StringBuilder sb = new StringBuilder();
        for (String v : values) {
            if (v == null) {
                sb.append("-1:");
            } else {
                sb.append(v.length()).append(':').append(v);
            }
        }
        return sb.toString();
    }

    static List<String> split(String packed) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < packed.length()) {
            int colon = packed.indexOf(':', i);
            int len = Integer.parseInt(packed.substring(i, colon));
            if (len < 0) {
                out.add(null);
                i = colon + 1;
            } else {
                out.add(packed.substring(colon + 1, colon + 1 + len));
                i = colon + 1 + len;
            }
        }
        return out;
    }

    static String num(Double d) {
        return d == null ? null : Double.toString(d);
    }

    static Double toDouble(String s) {
        return s == null ? null : Double.valueOf(s);
    }
}
