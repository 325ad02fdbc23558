package org.campo.export.dataset;

/** File formats of a dataset export. */
public enum DatasetFormat {
    /** One CSV per table (main and each repeat), joined by KEY/PARENT_KEY as ODK Central does. */
    CSV,
    /** One workbook with a sheet per table. */
    XLSX
}
