package org.campo.export.dataset;

import org.campo.export.FileNames;
import java.util.ArrayList;
import java.util.List;
import org.campo.form.runtime.FieldKind;
import org.campo.form.runtime.FieldSchema;
import org.campo.form.runtime.FormSchema;

/**
 * Decides the tables and columns of a dataset from the form schema: one table for the
 * submission and one per repeat, notes left out (they hold no data), sensitive fields left
 * out unless asked for.
 */
public final class DatasetLayout {
    public static final List<String> MAIN_SYSTEM = List.of("KEY", "SubmissionDate", "UpdatedDate", "status",
            "site_code", "device_id", "participant_code");
    public static final List<String> REPEAT_SYSTEM = List.of("PARENT_KEY", "KEY", "position");

    private final FormSchema schema;
    private final List<DatasetTable> tables;

    public DatasetLayout(FormSchema schema, DatasetOptions options) {
        this.schema = schema;
        List<DatasetTable> out = new ArrayList<>();
        out.add(table(FileNames.safe(schema.formId()), null, MAIN_SYSTEM, options));
        for (String repeat : schema.repeats().keySet()) {
            String name = FileNames.safe(schema.formId() + "-" + repeat.substring(repeat.lastIndexOf('/') + 1));
            out.add(table(name, repeat, REPEAT_SYSTEM, options));
        }
        this.tables = List.copyOf(out);
    }

    private DatasetTable table(String name, String repeat, List<String> system, DatasetOptions options) {
        List<Column> columns = new ArrayList<>();
        system.forEach(s -> columns.add(Column.system(s)));
        for (FieldSchema f : schema.fieldsOf(repeat)) {
            if (f.kind() == FieldKind.NOTE || f.sensitive() && !options.includeSensitive()) {
                continue;
            }
            String header = header(f, repeat);
            columns.add(new Column(header, f, null));
            if (options.splitMultiple() && f.kind() == FieldKind.SELECT_MULTIPLE) {
                for (FieldSchema.ChoiceSchema c : f.choices()) {
                    columns.add(new Column(header + "/" + c.value(), f, c.value()));
                }
            }
        }
        return new DatasetTable(name, repeat, columns);
    }

    /** The path below the table's own element, groups joined with "-". */
    private String header(FieldSchema f, String repeat) {
        String base = repeat == null ? schema.rootPath() : repeat;
        return f.path().substring(base.length() + 1).replace('/', '-');
    }

    public List<DatasetTable> tables() {
        return tables;
    }

    public FormSchema schema() {
        return schema;
    }

    /** Whether any sensitive field exists in the form (to tell users what was left out). */
    public boolean formHasSensitiveFields() {
        return schema.fields().stream().anyMatch(FieldSchema::sensitive);
    }
}
