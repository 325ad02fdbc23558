package org.campo.form.compile;

import java.util.List;

/**
 * What compiling one XLSForm produced.
 *
 * @param xform           the ODK XForm XML, or {@code null} when there were errors
 * @param formId          the form id ({@code settings.form_id}, else the file name stem)
 * @param version         {@code settings.version}, or {@code null}
 * @param title           {@code settings.form_title}, else the form id
 * @param errors          located errors; non-empty means {@code xform} is null
 * @param warnings        located warnings; the form is still usable
 * @param attachments     file names the form expects next to it (CSV/XML for pulldata,
 *                        select_*_from_file, external choices, media), so the importer can ask for them
 * @param sensitivePaths  absolute instance paths of fields marked {@code bind::campo:sensitive = yes};
 *                        exports and summaries leave these out unless the coordinator opts in
 * @param itemsetsCsv     the {@code itemsets.csv} the form needs next to it when it has an
 *                        {@code external_choices} sheet (pyxform writes the same file), else {@code null}
 * @param sources         where each node of the form came from in the workbook, to locate problems
 *                        found in the XForm afterwards (by the form engine's checks)
 */
public record CompileResult(String xform, String formId, String version, String title, List<CompileMessage> errors,
        List<CompileMessage> warnings, List<String> attachments, List<String> sensitivePaths, String itemsetsCsv,
        SourceMap sources) {

    public CompileResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        attachments = List.copyOf(attachments);
        sensitivePaths = List.copyOf(sensitivePaths);
        sources = sources == null ? SourceMap.EMPTY : sources;
    }

    /** A result without a source map. */
    public CompileResult(String xform, String formId, String version, String title, List<CompileMessage> errors,
            List<CompileMessage> warnings, List<String> attachments, List<String> sensitivePaths, String itemsetsCsv) {
        this(xform, formId, version, title, errors, warnings, attachments, sensitivePaths, itemsetsCsv, null);
    }

    /** A result without a generated {@code itemsets.csv}. */
    public CompileResult(String xform, String formId, String version, String title, List<CompileMessage> errors,
            List<CompileMessage> warnings, List<String> attachments, List<String> sensitivePaths) {
        this(xform, formId, version, title, errors, warnings, attachments, sensitivePaths, null, null);
    }

    /** The same result refused with more errors (found after compiling): no XForm. */
    public CompileResult withErrors(List<CompileMessage> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<CompileMessage> all = new java.util.ArrayList<>(errors);
        all.addAll(more);
        return new CompileResult(null, formId, version, title, all, warnings, attachments, sensitivePaths, null,
                sources);
    }

    /** True when the form compiled (warnings allowed). */
    public boolean ok() {
        return errors.isEmpty() && xform != null;
    }
}
