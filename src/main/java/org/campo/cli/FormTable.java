package org.campo.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.campo.collect.FormSummary;
import org.campo.common.Messages;

/** The forms of a study as a text table: id, newest version, title, final and draft submissions. */
final class FormTable {
    private FormTable() {
    }

    static void print(PrintWriter out, List<FormSummary> forms, String indent) {
        if (forms.isEmpty()) {
            out.println(indent + Messages.get("cli.form.list.none"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Messages.get("cli.form.list.id"), Messages.get("cli.form.list.version"),
                Messages.get("cli.form.list.final"), Messages.get("cli.form.list.draft"),
                Messages.get("cli.form.list.title")});
        for (FormSummary f : forms) {
            rows.add(new String[] {f.form().formId(), f.form().version(), String.valueOf(f.finals()),
                    String.valueOf(f.drafts()), f.form().title() == null ? "" : f.form().title()});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            out.println(indent + String.format("%-" + widths[0] + "s  %-" + widths[1] + "s  %" + widths[2] + "s  %"
                    + widths[3] + "s  %s", (Object[]) row).stripTrailing());
        }
    }
}
