package org.campo.form.runtime;

/** The kind of a dataset column, as exports and codebooks need it. */
public enum FieldKind {
    TEXT, INTEGER, DECIMAL, DATE, TIME, DATETIME, SELECT_ONE, SELECT_MULTIPLE, GEOPOINT, GEOTRACE, GEOSHAPE,
    FILE, BOOLEAN, NOTE;

    /** Whether frequency tables make sense for it. */
    public boolean isCategorical() {
        return this == SELECT_ONE || this == SELECT_MULTIPLE || this == BOOLEAN;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
