package org.campo.form.compile;

import java.util.Map;

/**
 * One row of the choices sheet.
 *
 * @param name   the stored value
 * @param texts  label and media by column then language
 * @param extras other columns (used by choice filters), by header as written
 * @param row    sheet row, for messages
 */
record Choice(String name, Map<String, Map<String, String>> texts, Map<String, String> extras, int row) {
}
