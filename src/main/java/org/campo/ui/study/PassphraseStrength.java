package org.campo.ui.study;

import org.campo.study.StudyService;

/**
 * A rough hint shown while a passphrase is typed. It only nudges towards length and variety;
 * the real protection is Argon2id and the minimum length that {@link StudyService} enforces.
 */
public enum PassphraseStrength {
    TOO_SHORT, WEAK, FAIR, STRONG;

    public String messageKey() {
        return "ui.strength." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PassphraseStrength of(CharSequence passphrase) {
        int length = passphrase == null ? 0 : passphrase.length();
        if (length < StudyService.MIN_PASSPHRASE) {
            return TOO_SHORT;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        int words = 1;
        for (int i = 0; i < length; i++) {
            char c = passphrase.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
                if (c == ' ' || c == '-') {
                    words++;
                }
            }
        }
        int variety = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (length >= 20 || (length >= 14 && (variety >= 3 || words >= 3))) {
            return STRONG;
        }
        if (length >= 12 || variety >= 3) {
            return FAIR;
        }
        return WEAK;
    }
}
