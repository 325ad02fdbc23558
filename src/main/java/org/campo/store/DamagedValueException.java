package org.campo.store;

/**
 * An encrypted value that does not open where it is stored: damaged, or moved from another row
 * or column. Names the table, row and column, so that a reader (an export, a screen) can say
 * which record it is instead of failing as an unexpected error.
 */
public final class DamagedValueException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String table;
    private final String rowId;
    private final String column;

    public DamagedValueException(Throwable cause, String table, String rowId, String column) {
        this(cause, "store.damagedValue", table, rowId, column);
    }

    /** With its own message key (arguments: table, row, column). */
    public DamagedValueException(Throwable cause, String key, String table, String rowId, String column) {
        super(cause, key, table, rowId, column);
        this.table = table;
        this.rowId = rowId;
        this.column = column;
    }

    public String table() {
        return table;
    }

    public String rowId() {
        return rowId;
    }

    public String column() {
        return column;
    }
}
