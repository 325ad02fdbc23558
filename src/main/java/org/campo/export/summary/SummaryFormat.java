package org.campo.export.summary;

/** The file a summary export writes. */
public enum SummaryFormat {
    XLSX, PDF
}
