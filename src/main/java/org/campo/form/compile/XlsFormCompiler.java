package org.campo.form.compile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.campo.common.CampoException;

/**
 * Compiles XLSForm workbooks into ODK XForms, following pyxform (the reference compiler used by
 * ODK and KoboToolbox) so that forms from those libraries run unchanged in Campo.
 *
 * <p>API:
 * <ul>
 *   <li>{@link #compile(Path)}: the container is chosen by extension: {@code .xlsx}, {@code .xls},
 *       {@code .csv} or {@code .md} (markdown tables as in pyxform's tests).</li>
 *   <li>{@link #compile(InputStream, String)}: the same for bytes that do not live in a file;
 *       {@code fileName} supplies the extension and the default form id.</li>
 *   <li>{@link #compileMarkdown(String, String)}: a markdown-table XLSForm; {@code formName}
 *       names the instance root (default {@code data}) and the form id defaults to {@code data}.</li>
 * </ul>
 * All three return a {@link CompileResult}: the XForm (null on errors), the form id, version
 * and title from the settings sheet, located {@link CompileMessage errors and warnings}, the
 * files the form expects alongside it, and the paths of fields marked
 * {@code bind::campo:sensitive = yes} ({@link CompileResult#sensitivePaths()}).
 * The instance root element is named {@code data} unless the settings sheet has a {@code name}.
 * A workbook that cannot be read at all still yields a result with one error, never an
 * exception, so callers have one path for every failure.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class XlsFormCompiler {

    /** Compiles a workbook file, choosing the reader by its extension. */
    public CompileResult compile(Path workbook) {
        String fileName = workbook.getFileName() == null ? workbook.toString() : workbook.getFileName().toString();
        String missing = missingFileKey(workbook);
        if (missing != null) {
            return failure(fileName, stem(fileName), missing, workbook.toString());
        }
        try (InputStream in = Files.newInputStream(workbook)) {
            return compile(in, fileName);
        } catch (NoSuchFileException e) {
            return failure(fileName, stem(fileName), "form.compile.fileNotFound", workbook.toString());
        } catch (AccessDeniedException e) {
            return failure(fileName, stem(fileName), "form.compile.fileNotReadable", workbook.toString());
        } catch (IOException e) {
            return failure(fileName, stem(fileName), "form.compile.unreadable", fileName, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Why a path cannot be a workbook before any byte is read: it does not exist, it is a folder,
     * or it may not be read. A damaged or foreign file is only known by reading it.
     */
    private static String missingFileKey(Path workbook) {
        if (Files.isDirectory(workbook)) {
            return "form.compile.fileIsFolder";
        }
        if (!Files.exists(workbook)) {
            return "form.compile.fileNotFound";
        }
        if (!Files.isReadable(workbook)) {
            return "form.compile.fileNotReadable";
        }
        return null;
    }

    /** Compiles workbook bytes; {@code fileName} gives the format (by extension) and the default form id. */
    public CompileResult compile(InputStream in, String fileName) {
        Workbook workbook;
        try {
            workbook = WorkbookReader.read(in, fileName);
        } catch (CampoException e) {
            return failure(fileName, stem(fileName), zipBomb(e) ? "form.compile.zipBomb" : e.key(), e.args());
        }
        return compile(workbook, null, stem(fileName));
    }

    /**
     * Compiles workbook bytes with an explicit instance root name and default form id, for
     * callers (and conformance tests) that must reproduce pyxform's naming of a given run.
     */
    CompileResult compile(InputStream in, String fileName, String rootName, String defaultFormId) {
        Workbook workbook;
        try {
            workbook = WorkbookReader.read(in, fileName);
        } catch (CampoException e) {
            return failure(fileName, defaultFormId, e.key(), e.args());
        }
        return compile(workbook, rootName, defaultFormId);
    }

    /** Compiles a markdown-table XLSForm; {@code formName} names the instance root (null gives "data"). */
    public CompileResult compileMarkdown(String md, String formName) {
        Workbook workbook = WorkbookReader.read(new ByteArrayInputStream(md.getBytes(StandardCharsets.UTF_8)),
                (formName == null ? "form" : formName) + ".md");
        return compile(workbook, formName, "data");
    }

    private CompileResult compile(Workbook workbook, String rootName, String defaultFormId) {
        Diagnostics diag = new Diagnostics(workbook.fileName());
        CellCharacters.check(workbook, diag);
        FormDefinition form = new SurveyParser(workbook, diag).parse(rootName, defaultFormId);
        if (form.root.children.isEmpty() && !diag.hasErrors()) {
            diag.error(SurveyParser.SURVEY, 0, "", "form.compile.emptySurvey");
        }
        String xform = null;
        List<String> attachments = List.of();
        List<String> sensitive = List.of();
        if (!diag.hasErrors()) {
            new ParameterValidator(form, diag).validate(form.root);
            SearchAppearance.check(form, diag);
        }
        if (!diag.hasErrors()) {
            new AuthorWarnings(workbook, diag).check(form);
        }
        if (!diag.hasErrors()) {
            FormExpansions.apply(form, diag);
            XFormWriter writer = new XFormWriter(form, diag);
            xform = writer.write();
            attachments = writer.attachments();
            sensitive = writer.sensitivePaths();
        }
        if (diag.hasErrors()) {
            xform = null;
        }
        String itemsets = xform == null ? null : ExternalItemsets.csv(workbook);
        return new CompileResult(xform, form.formId, form.version, form.title, diag.errors(), diag.warnings(),
                attachments, sensitive, itemsets, SourceMap.of(form));
    }

    /** POI refuses a workbook that inflates far beyond its size ("Zip bomb detected!"); say so in words. */
    private static boolean zipBomb(CampoException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (String.valueOf(c.getMessage()).contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static CompileResult failure(String fileName, String formId, String key, Object... args) {
        Diagnostics diag = new Diagnostics(fileName);
        diag.error("", 0, "", key, args);
        return new CompileResult(null, formId, null, formId, diag.errors(), diag.warnings(), List.of(), List.of());
    }

    private static String stem(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "data";
        }
        String name = Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
