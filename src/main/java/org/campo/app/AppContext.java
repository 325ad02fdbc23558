package org.campo.app;

import java.time.Clock;
import org.campo.collect.ConsentCheck;
import org.campo.collect.FormChecker;
import org.campo.collect.FormLibrary;
import org.campo.collect.InstanceImporter;
import org.campo.collect.ShiftService;
import org.campo.collect.SiteService;
import org.campo.collect.SubmissionReviews;
import org.campo.collect.SubmissionService;
import org.campo.common.AppDirectories;
import org.campo.consent.ConsentGate;
import org.campo.consent.ConsentServices;
import org.campo.export.consent.ConsentExports;
import org.campo.export.dataset.DatasetExporter;
import org.campo.export.summary.SummaryExporter;
import org.campo.form.compile.XlsFormCompiler;
import org.campo.form.runtime.FormDefinitionCache;
import org.campo.form.runtime.FormLoader;
import org.campo.form.runtime.FormValidator;
import org.campo.qda.QdaServices;
import org.campo.study.OpenStudy;
import org.campo.crypto.KdfParameters;
import org.campo.study.StudyFileCheck;
import org.campo.study.StudyService;
import org.campo.study.UnlockThrottle;

/**
 * The one composition root: builds every service with its collaborators. The GUI and the CLI
 * each create one AppContext and take services from it; nothing else calls constructors of
 * services, so wiring is visible in one place and tests can build a context on a temporary
 * home folder with a fixed clock.
 */
public final class AppContext {
    private final AppDirectories directories;
    private final Clock clock;
    private final AppSettings settings;
    private final StudyService studies;
    private final StudyFileCheck fileChecks;

    public AppContext(AppDirectories directories, Clock clock, KdfParameters kdf) {
        this.directories = directories;
        this.clock = clock;
        this.settings = new AppSettings(directories.settingsFile());
        this.studies = new StudyService(clock, directories.deviceId(), kdf, UnlockThrottle.real());
        this.fileChecks = new StudyFileCheck(clock);
    }

    /** The production wiring: the user's Campo folder, the system clock, full Argon2id cost. */
    public static AppContext production() {
        return new AppContext(AppDirectories.fromEnvironment(), Clock.systemDefaultZone(), KdfParameters.DEFAULT);
    }

    public AppDirectories directories() {
        return directories;
    }

    public Clock clock() {
        return clock;
    }

    public AppSettings settings() {
        return settings;
    }

    public StudyService studies() {
        return studies;
    }

    /** Key-less checks of a study file (integrity, audit chain). */
    public StudyFileCheck fileChecks() {
        return fileChecks;
    }

    /**
     * Parsed forms are cached in memory only: a cache on disk would hold the questions and
     * choice lists of a study in clear beside the encrypted file.
     */
    private final FormLoader formLoader = new FormLoader(FormDefinitionCache.inMemory());
    private final XlsFormCompiler compiler = new XlsFormCompiler();

    private final FormChecker formChecker = new FormChecker(compiler, new FormValidator(formLoader));
    private final FormChecker workbookChecker = new FormChecker(compiler, FormValidator.checkOnly(formLoader));

    public XlsFormCompiler compiler() {
        return compiler;
    }

    /** The checks of a workbook that an import runs (compiler and form engine), for check and compile. */
    public FormChecker formChecker() {
        return formChecker;
    }

    /**
     * The same checks for a workbook that is only checked or compiled, not imported
     * ({@code campo form check}, {@code campo form compile}): the form engine parses the form but
     * keeps nothing, so a large form costs one parse instead of a parse, a serialization and a read-back.
     */
    public FormChecker workbookChecker() {
        return workbookChecker;
    }

    /** The forms of an unlocked study. */
    public FormLibrary forms(OpenStudy study) {
        return new FormLibrary(study, formChecker, formLoader, new ScreeningConsentBridge(consent(study), study));
    }

    /** Starting and resuming submissions, with the consent gate for interviews. */
    public SubmissionService submissions(OpenStudy study) {
        return new SubmissionService(study, forms(study), consentCheck(study),
                submissionId -> qda(study).interviews().sync(submissionId), shifts(study));
    }

    /** XForm instances from ODK Briefcase or Central, stored as final submissions. */
    public InstanceImporter instances(OpenStudy study) {
        return new InstanceImporter(study, forms(study));
    }

    private ConsentCheck consentCheck(OpenStudy study) {
        ConsentGate gate = consent(study).gate();
        return gate::requireConsentToInterview;
    }

    /** Reading, correcting and reviewing collected submissions (the Data section). */
    public SubmissionReviews reviews(OpenStudy study) {
        return new SubmissionReviews(study, forms(study));
    }

    /** The consent log (PDF, XLSX) and the IRB package, written and audited. */
    public ConsentExports consentExports(OpenStudy study) {
        return new ConsentExports(consent(study));
    }

    /** Shifts at flow monitoring points: what pre-fills point, date and shift of a new survey. */
    public ShiftService shifts(OpenStudy study) {
        return new ShiftService(study);
    }

    /** Flow monitoring points: edits, retiring and reactivating, and the shifts worked at each. */
    public SiteService sites(OpenStudy study) {
        return new SiteService(study, shifts(study));
    }

    /** Dataset exports (CSV, XLSX, codebook, R script) of one form. */
    public DatasetExporter datasets(OpenStudy study) {
        return new DatasetExporter(study, forms(study));
    }

    /** Summary tables with small-cell suppression, and the report the dashboard draws. */
    public SummaryExporter summaries(OpenStudy study) {
        return new SummaryExporter(study, forms(study));
    }

    /** Consent scripts, participants, consent capture and its gate, withdrawals, the consent log. */
    public ConsentServices consent(OpenStudy study) {
        return new ConsentServices(study);
    }

    private final java.util.Map<OpenStudy, QdaServices> analysis = new java.util.WeakHashMap<>();

    /**
     * Qualitative analysis of an unlocked study: one instance per open study, so the screens and
     * the interview bridge share its in-memory search texts and its blind-mode switch.
     */
    public QdaServices qda(OpenStudy study) {
        synchronized (analysis) {
            return analysis.computeIfAbsent(study, s -> new QdaServices(s, forms(s)));
        }
    }

    /** Study kits, sealed packages and the coordinator's merge; merged submissions get their export rows. */
    public org.campo.merge.MergeService merge() {
        return new org.campo.merge.MergeService(studies, (study, ids) -> {
            org.campo.collect.SubmissionRows rows = new org.campo.collect.SubmissionRows(study, forms(study));
            ids.forEach(rows::refresh);
        });
    }

    /**
     * Locks a study: first drops its analysis services with the decrypted texts and search
     * forms they keep in memory, then records the lock and forgets the key.
     */
    public void lock(OpenStudy study) {
        QdaServices services;
        synchronized (analysis) {
            services = analysis.remove(study);
        }
        if (services != null) {
            services.forgetTexts();
        }
        study.lock();
    }

    /** REFI-QDA projects (.qdpx) in and out of an unlocked study's analysis. */
    public org.campo.qda.refi.RefiService refi(OpenStudy study) {
        return new org.campo.qda.refi.RefiService(study, qda(study), "Campo " + campoVersion());
    }

    private static String campoVersion() {
        try (java.io.InputStream in = AppContext.class.getResourceAsStream("/org/campo/version.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (java.io.IOException e) {
            return "dev";
        }
    }

    /**
     * Reports from the qualitative analysis: triangulation matrix, quote bank, coded transcripts,
     * participant table and inter-coder agreement.
     */
    public org.campo.export.qda.QdaExports qdaExports(OpenStudy study) {
        org.campo.qda.triangulation.MatrixSummaries summaries = matrixSummaries(study);
        return new org.campo.export.qda.QdaExports(study, () -> qda(study).snapshot(), summaries::all,
                locale -> qda(study).attributeLabels().in(locale));
    }

    /** The researcher's summaries of triangulation-matrix cells, kept encrypted in the study. */
    public org.campo.qda.triangulation.MatrixSummaries matrixSummaries(OpenStudy study) {
        return new org.campo.qda.triangulation.MatrixSummaries(study);
    }
}
