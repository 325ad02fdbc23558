package org.campo.form.runtime;

import java.util.Map;

/**
 * One instance of a repeat (or the top level of the submission), flattened for export.
 *
 * @param key       indexed path of this row, e.g. {@code /data/hh[1]/member[2]}
 * @param parentKey key of the enclosing row ({@code /data} or the enclosing repeat instance)
 * @param position  1-based position among its siblings
 * @param values    leaf values by generic path ({@code /data/hh/member/age}); groups flattened
 */
public record InstanceRow(String key, String parentKey, int position, Map<String, String> values) {
    public InstanceRow {
        values = Map.copyOf(values);
    }
}
