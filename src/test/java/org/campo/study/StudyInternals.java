package org.campo.study;

import org.campo.crypto.FieldCipher;
import org.campo.store.Database;

/**
 * The open file and the field cipher of an unlocked study, which production code outside the
 * study wiring cannot reach: for tests that play the attacker (read raw rows, plant tampered
 * ones) or set up rows no service writes.
 */
public final class StudyInternals {
    private StudyInternals() {
    }

    public static Database database(OpenStudy study) {
        return study.database();
    }

    public static FieldCipher cipher(OpenStudy study) {
        return study.cipher();
    }
}
