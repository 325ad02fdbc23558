package org.campo.form.runtime;

/** What kind of widget a question needs. Mirrors XLSForm question types rather than JavaRosa constants. */
public enum PromptType {
    TEXT, INTEGER, DECIMAL, RANGE, SELECT_ONE, SELECT_MULTIPLE, RANK,
    DATE, TIME, DATETIME, GEOPOINT, GEOTRACE, GEOSHAPE,
    NOTE, ACKNOWLEDGE, IMAGE, AUDIO, VIDEO, FILE, BARCODE,
    /** A type Campo cannot collect; the UI shows the label and moves on. */
    UNSUPPORTED
}
