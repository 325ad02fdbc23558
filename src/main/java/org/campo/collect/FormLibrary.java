package org.campo.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.crypto.Hashing;
import org.campo.form.compile.CompileMessage;
import org.campo.form.compile.CompileResult;
import org.campo.form.compile.Severity;
import org.campo.form.compile.SourceMap;
import org.campo.form.compile.XlsFormCompiler;
import org.campo.form.runtime.FormDefinition;
import org.campo.form.runtime.FormLoader;
import org.campo.form.runtime.FormValidator;
import org.campo.model.FormVersion;
import org.campo.model.SubmissionStatus;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * The forms of one study. Importing compiles the workbook and stores both the workbook and
 * the XForm as a new, immutable version: a version that submissions use never changes, so a
 * dataset can always be read against the exact questions that were asked. Re-importing the
 * identical file is harmless; importing a changed file under the same version is refused.
 */
public final class FormLibrary {
    private final OpenStudy study;
    private final FormChecker checker;
    private final FormLoader loader;
    private final ScreeningConsent screening;
    private final Map<String, FormDefinition> definitions = new ConcurrentHashMap<>();

    public FormLibrary(OpenStudy study, XlsFormCompiler compiler, FormLoader loader) {
        this(study, compiler, loader, ScreeningConsent.NONE);
    }

    public FormLibrary(OpenStudy study, XlsFormCompiler compiler, FormLoader loader, ScreeningConsent screening) {
        this(study, new FormChecker(compiler, new FormValidator(loader)), loader, screening);
    }

    public FormLibrary(OpenStudy study, FormChecker checker, FormLoader loader, ScreeningConsent screening) {
        this.study = study;
        this.checker = checker;
        this.loader = loader;
        this.screening = screening;
    }

    ScreeningConsent screening() {
        return screening;
    }

    /** Checks without saving anything (the same checks as an import): the "check" and "preview" of a workbook. */
    public CompileResult check(Path workbook) {
        return checker.check(workbook);
    }

    public ImportOutcome importWorkbook(Path workbook) {
        if (Files.isDirectory(workbook)) {
            throw new CampoException("form.compile.fileIsFolder", workbook.toString());
        }
        try (InputStream in = Files.newInputStream(workbook)) {
            return importWorkbook(in.readAllBytes(), workbook.getFileName().toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CampoException(e, "form.compile.fileNotFound", workbook.toString());
        } catch (java.nio.file.AccessDeniedException e) {
            throw new CampoException(e, "form.compile.fileNotReadable", workbook.toString());
        } catch (IOException e) {
            throw new CampoException(e, "common.io", workbook.toString(), e.getMessage());
        }
    }

    public ImportOutcome importWorkbook(byte[] bytes, String fileName) {
        study.require(Capability.MANAGE_FORMS);
        CompileResult result = checker.check(bytes, fileName);
        if (!result.ok()) {
            throw new FormImportException(fileName, result.errors());
        }
        String version = result.version() == null || result.version().isBlank() ? "1" : result.version();
        String sha = Hashing.sha256Hex(bytes);
        var existing = study.forms().find(result.formId(), version);
        if (existing.isPresent()) {
            if (existing.get().sha256().equals(sha)) {
                return new ImportOutcome(existing.get(), true, result.warnings());
            }
            throw new CampoException("collect.versionInUse", result.formId(), version);
        }
        FormVersion form = new FormVersion(Ids.newId(), result.formId(), version, sha, result.title(), bytes,
                result.xform(), study.clock().instant());
        List<CompileMessage> warnings = new ArrayList<>(result.warnings());
        study.changes().run(c -> {
            c.repositories().forms().add(form);
            c.audit(AuditAction.FORM_IMPORTED, "form", form.id(), true,
                    "form=" + form.formId() + " version=" + version + " sha256=" + sha);
            ScreeningQuestion.in(definition(form).schema()).ifPresent(q -> {
                List<String> skipped = screening.ensureScript(form.formId(), form.title(), ScreeningQuestion.texts(q));
                int row = result.sources().locate(q.path(), null).map(SourceMap.Location::row).orElse(0);
                for (String language : skipped) {
                    warnings.add(new CompileMessage(Severity.WARNING, fileName, "survey", row,
                            "label::" + language, "collect.screeningScriptSkipped", new Object[] {form.formId(), language}));
                }
            });
        });
        return new ImportOutcome(form, false, warnings);
    }

    /** The newest version of each form with its draft and final counts. */
    public List<FormSummary> forms() {
        return study.forms().latestVersions().stream()
                .map(f -> new FormSummary(f, countAll(f.formId(), SubmissionStatus.DRAFT),
                        countAll(f.formId(), SubmissionStatus.FINAL)))
                .toList();
    }

    /** The newest version of each form, without counting its submissions. */
    public List<FormVersion> latestVersions() {
        return study.forms().latestVersions();
    }

    private long countAll(String formId, SubmissionStatus status) {
        return study.forms().versionsOf(formId).stream()
                .mapToLong(v -> study.submissions().count(v.id(), status)).sum();
    }

    public FormVersion version(String formVersionId) {
        return study.forms().findById(formVersionId)
                .orElseThrow(() -> new CampoException("collect.unknownForm", formVersionId));
    }

    /** The newest version of a form id, for commands that name forms by id. */
    public FormVersion latest(String formId) {
        return study.forms().latestVersions().stream().filter(f -> f.formId().equals(formId)).findFirst()
                .orElseThrow(() -> new CampoException("collect.unknownForm", formId));
    }

    /** The runnable definition of a stored version (parsed once per version and kept). */
    public FormDefinition definition(FormVersion form) {
        return definitions.computeIfAbsent(form.id(), id -> loader.load(form.xform()));
    }

    /** Loads an XForm that is not stored (preview). */
    public FormDefinition definition(String xform) {
        return loader.load(xform);
    }

}
