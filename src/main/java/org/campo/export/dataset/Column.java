package org.campo.export.dataset;

import org.campo.form.runtime.FieldSchema;

/**
 * One column of a dataset table: a variable, or one choice of a select_multiple as 0/1.
 *
 * @param header the column name (group path joined with "-", as ODK Central writes it;
 *               "name/choice" for 0/1 columns, as KoboToolbox writes them)
 * @param field  the variable, or null for system columns (KEY, PARENT_KEY, status…)
 * @param choice for 0/1 columns, the choice value; otherwise null
 */
public record Column(String header, FieldSchema field, String choice) {
    static Column system(String header) {
        return new Column(header, null, null);
    }
}
