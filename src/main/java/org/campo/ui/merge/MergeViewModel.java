package org.campo.ui.merge;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.AccessDeniedException;
import org.campo.common.BackgroundTask;
import org.campo.common.CampoException;
import org.campo.common.Messages;
import org.campo.common.TaskExecutor;
import org.campo.merge.MergeService;
import org.campo.merge.MergeService.ConflictDetail;
import org.campo.merge.MergeService.ImportSummary;
import org.campo.merge.MergeService.MergeRecord;
import org.campo.merge.MergeService.PackageInspection;
import org.campo.merge.MergeService.PackageStatus;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;
import org.campo.ui.common.DialogService;
import org.campo.ui.common.Message;

/**
 * The Merge section. On the coordinator's study: packages are added and read first (what each
 * holds, and whether it is new, already imported or refused and why), the chosen ones imported
 * one transaction each with progress, the conflicts shown side by side and resolved by keeping one
 * version, and the merges done listed; a kit for a new laptop is written from here too. On a
 * laptop's study (joined from a kit): the package for the coordinator is written here.
 */
public final class MergeViewModel {
    /** File types, without the dot. */
    static final String PACKAGE = "campopkg";
    static final String KIT = "campokit";

    private final OpenStudy study;
    private final MergeService merge;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final boolean laptop;
    private final ObservableList<PackageRow> packages = FXCollections.observableArrayList();
    private final ObservableList<ConflictDetail> conflicts = FXCollections.observableArrayList();
    private final ObservableList<MergeRecord> history = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canImportSelected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Message> report = new ReadOnlyObjectWrapper<>();

    public MergeViewModel(OpenStudy study, MergeService merge, TaskExecutor executor, DialogService dialogs) {
        this.study = study;
        this.merge = merge;
        this.executor = executor;
        this.dialogs = dialogs;
        this.laptop = MergeService.isLaptop(study);
    }

    /** A laptop's study (joined from a kit) sends packages; the coordinator's study imports them. */
    public boolean isLaptop() {
        return laptop;
    }

    public boolean canImport() {
        return !laptop && study.can(Capability.MANAGE_MEMBERS);
    }

    public boolean canSend() {
        return laptop && study.can(Capability.COLLECT);
    }

    public boolean canWriteKit() {
        return canImport();
    }

    /** The coordinator's key fingerprint, to compare aloud; empty before the first kit. */
    public Optional<String> coordinatorFingerprint() {
        return merge.coordinatorFingerprint(study);
    }

    /** The study's name, for the section's heading. */
    public String studyName() {
        return study.record().name();
    }

    /** Reads the conflicts and the merges done (coordinator); nothing to read on a laptop. */
    public void load() {
        if (!canImport()) {
            return;
        }
        run("ui.merge.loading", progress -> new Lists(merge.openConflicts(study), merge.history(study)), this::show);
    }

    private record Lists(List<ConflictDetail> conflicts, List<MergeRecord> history) {
    }

    private void show(Lists lists) {
        conflicts.setAll(lists.conflicts());
        history.setAll(lists.history());
    }

    // ------------------------------------------------------------ packages in

    /** Asks for package files and reads them; false when the chooser was cancelled or work is running. */
    public boolean addPackages() {
        if (running.get() || !canImport()) {
            return false;
        }
        List<Path> files = dialogs.chooseFilesToOpen(PACKAGE);
        return !files.isEmpty() && addFiles(files);
    }

    /** Reads the given files (chosen or dropped) without importing them; files already listed are skipped. */
    public boolean addFiles(List<Path> files) {
        if (running.get() || !canImport()) {
            return false;
        }
        Set<Path> listed = new HashSet<>();
        packages.forEach(p -> listed.add(p.file().toAbsolutePath().normalize()));
        List<Path> fresh = files.stream().filter(f -> listed.add(f.toAbsolutePath().normalize())).toList();
        if (fresh.isEmpty()) {
            return false;
        }
        report.set(null);
        run("ui.merge.reading", progress -> {
            List<PackageInspection> seen = new ArrayList<>();
            for (int i = 0; i < fresh.size() && !progress.isCancelled(); i++) {
                progress.progress(i, fresh.size(), Messages.get("ui.merge.readingOne", fresh.get(i).getFileName()));
                seen.add(merge.inspectPackage(study, fresh.get(i)));
            }
            return seen;
        }, seen -> {
            seen.forEach(s -> packages.add(new PackageRow(s)));
            updateCanImport();
        });
        return true;
    }

    /** Takes a package off the list (nothing is imported or deleted). */
    public void remove(PackageRow row) {
        if (!running.get()) {
            packages.remove(row);
            updateCanImport();
        }
    }

    /** Imports the ticked packages that are new, each all or nothing, and shows what each did. */
    public boolean importSelected() {
        List<PackageRow> chosen = packages.stream().filter(PackageRow::importable)
                .filter(r -> r.selected().get()).toList();
        if (running.get() || chosen.isEmpty()) {
            return false;
        }
        report.set(null);
        run("ui.merge.importing", progress -> {
            List<Object> outcomes = new ArrayList<>();
            for (int i = 0; i < chosen.size() && !progress.isCancelled(); i++) {
                PackageRow row = chosen.get(i);
                progress.progress(i, chosen.size(), Messages.get("ui.merge.importingOne", row.fileName()));
                if (progress.isCancelled()) {
                    break; // between packages: those imported stay, the others are left as they were
                }
                try {
                    outcomes.add(merge.importPackage(study, row.file()));
                } catch (AccessDeniedException e) {
                    throw e;
                } catch (CampoException e) {
                    outcomes.add(e);
                }
            }
            return new Imported(outcomes, new Lists(merge.openConflicts(study), merge.history(study)));
        }, imported -> {
            int added = 0;
            int conflicting = 0;
            for (int i = 0; i < imported.outcomes().size(); i++) {
                Object o = imported.outcomes().get(i);
                PackageRow row = chosen.get(i);
                if (o instanceof ImportSummary s) {
                    row.imported(s);
                    added += s.submissionsAdded();
                    conflicting += s.conflicts();
                } else {
                    row.refused((CampoException) o);
                }
            }
            show(imported.lists());
            updateCanImport();
            report.set(imported.outcomes().size() < chosen.size()
                    ? Message.of("ui.merge.stopped", imported.outcomes().size(), chosen.size())
                    : Message.of("ui.merge.importedAll", imported.outcomes().size(), added, conflicting));
        });
        return true;
    }

    private record Imported(List<Object> outcomes, Lists lists) {
    }

    private void updateCanImport() {
        canImportSelected.set(packages.stream().anyMatch(r -> r.importable() && r.selected().get()));
    }

    // ------------------------------------------------------------ conflicts

    /**
     * Keeps one version of a conflict after the user confirms; the other is deleted, tombstoned and
     * audited by the service. {@code keepOther} chooses the version that came in last.
     */
    public boolean keep(ConflictDetail conflict, boolean keepOther) {
        if (running.get() || conflict == null) {
            return false;
        }
        MergeService.ConflictVersion keep = keepOther ? conflict.other() : conflict.kept();
        MergeService.ConflictVersion drop = keepOther ? conflict.kept() : conflict.other();
        if (!dialogs.confirm(Message.of("ui.merge.keepConfirm", conflict.instanceId(), who(keep), who(drop)))) {
            return false;
        }
        run("ui.merge.resolving", progress -> {
            merge.resolve(study, conflict.conflictId(), keep.submissionId());
            return new Lists(merge.openConflicts(study), merge.history(study));
        }, lists -> {
            show(lists);
            report.set(Message.of("ui.merge.kept", conflict.instanceId(), who(keep)));
        });
        return true;
    }

    private static String who(MergeService.ConflictVersion v) {
        return (v.memberName() == null ? "?" : v.memberName()) + " (" + shortId(v.deviceId()) + ")";
    }

    // ------------------------------------------------------------ laptop and kit

    /** Writes this laptop's package for the coordinator to a chosen file; false when nothing was started. */
    public boolean sendToCoordinator() {
        if (running.get() || !canSend()) {
            return false;
        }
        String suggested = merge.packageFileName(study, LocalDate.now(study.clock()));
        Optional<Path> file = dialogs.chooseExportFile(suggested, PACKAGE, "ui.merge.savePackage");
        if (file.isEmpty()) {
            return false;
        }
        report.set(null);
        run("ui.merge.sending", progress -> merge.exportPackage(study, file.get()), s -> report.set(Message.of(
                "ui.merge.sent", file.get().getFileName(), file.get().getParent() == null ? "" : file.get().getParent(),
                s.submissions(), s.participants(), s.consents(), s.withdrawals(), s.sources(), s.codings(), s.memos(),
                s.auditEntries())));
        return true;
    }

    /** Writes a study kit for a new laptop; false when nothing was started. */
    public boolean prepareLaptop() {
        if (running.get() || !canWriteKit()) {
            return false;
        }
        Optional<Path> file = dialogs.chooseExportFile(merge.kitFileName(study, LocalDate.now(study.clock())), KIT,
                "ui.merge.saveKit");
        if (file.isEmpty()) {
            return false;
        }
        report.set(null);
        run("ui.merge.writingKit", progress -> merge.writeKit(study, file.get()), k -> report.set(Message.of(
                "ui.merge.kitWritten", file.get().getFileName(), k.forms(), k.members(), k.keyFingerprint())));
        return true;
    }

    // ------------------------------------------------------------ running

    /**
     * Runs work through the app's executor. Work that finished although the user pressed Cancel (an
     * import of one package cannot stop half-way) is still shown: the executor would drop it.
     */
    private <T> void run(String titleKey, BackgroundTask<T> work, Consumer<T> done) {
        running.set(true);
        executor.submit(titleKey, progress -> {
            T result = work.run(progress);
            if (progress.isCancelled()) {
                throw new FinishedAnyway(result);
            }
            return result;
        }, result -> {
            running.set(false);
            done.accept(result);
        }, failure -> {
            running.set(false);
            if (failure instanceof FinishedAnyway finished) {
                @SuppressWarnings("unchecked")
                T result = (T) finished.result;
                done.accept(result);
            } else {
                dialogs.showError(Message.of(failure));
            }
        });
    }

    /** Carries the result of work the user cancelled too late to stop, past the executor. */
    private static final class FinishedAnyway extends CampoException {
        private static final long serialVersionUID = 1L;
        private final transient Object result;

        FinishedAnyway(Object result) {
            super("ui.merge.finishedAnyway");
            this.result = result;
        }
    }

    static String shortId(String id) {
        if (id == null) {
            return "?";
        }
        String compact = id.replace("-", "");
        return compact.length() > 6 ? compact.substring(compact.length() - 6) : compact;
    }

    static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    public ObservableList<PackageRow> packages() {
        return packages;
    }

    public ObservableList<ConflictDetail> conflicts() {
        return conflicts;
    }

    public ObservableList<MergeRecord> history() {
        return history;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether a ticked package is new and not yet imported. */
    public ReadOnlyBooleanProperty canImportSelectedProperty() {
        return canImportSelected.getReadOnlyProperty();
    }

    /** The sentence about the last thing done (import, send, kit), or null. */
    public ReadOnlyObjectProperty<Message> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** One package on the list: what it holds and, once imported, what importing it did. */
    public final class PackageRow {
        private final PackageInspection inspection;
        private final BooleanProperty selected;
        private final ReadOnlyObjectWrapper<Message> outcome = new ReadOnlyObjectWrapper<>();
        private final ReadOnlyObjectWrapper<Outcome> outcomeKind = new ReadOnlyObjectWrapper<>();

        PackageRow(PackageInspection inspection) {
            this.inspection = inspection;
            this.selected = new SimpleBooleanProperty(inspection.status() == PackageStatus.NEW);
            selected.addListener((obs, was, now) -> updateCanImport());
        }

        public Path file() {
            return inspection.file();
        }

        public String fileName() {
            return inspection.file().getFileName().toString();
        }

        public PackageInspection inspection() {
            return inspection;
        }

        public PackageStatus status() {
            return inspection.status();
        }

        /** New and not imported yet. */
        public boolean importable() {
            return inspection.status() == PackageStatus.NEW && outcomeKind.get() == null;
        }

        public BooleanProperty selected() {
            return selected;
        }

        /** New / already imported (no change) / refused. */
        public Message statusText() {
            Outcome done = outcomeKind.get();
            if (done == Outcome.ADDED || done == Outcome.CONFLICTS) {
                return Message.of("ui.merge.status.imported");
            }
            if (done == Outcome.UNCHANGED) {
                return Message.of("ui.merge.status.already");
            }
            if (done == Outcome.REFUSED) {
                return Message.of("ui.merge.status.refused");
            }
            return switch (inspection.status()) {
                case NEW -> Message.of("ui.merge.status.new");
                case ALREADY_MERGED -> Message.of("ui.merge.status.already");
                case REFUSED -> Message.of("ui.merge.status.refused");
            };
        }

        /** Who sent it, from which laptop, written when; null when the file is not a readable package. */
        public Message origin() {
            if (inspection.deviceId() == null) {
                return null;
            }
            if (inspection.sender() == null) {
                return Message.of("ui.merge.originDevice", shortId(inspection.deviceId()));
            }
            return Message.of("ui.merge.origin", inspection.sender(), shortId(inspection.deviceId()),
                    date(inspection.writtenAt()));
        }

        /** How many records of each kind it holds; null when its seal did not open. */
        public Message contents() {
            MergeService.PackageContents c = inspection.contents();
            return c == null ? null : Message.of("ui.merge.contents", c.submissions(), c.participants(),
                    c.consents(), c.withdrawals(), c.sources(), c.codings(), c.memos());
        }

        /** The audit chain it carries: length and head. */
        public Message chain() {
            return inspection.chainHead() == null ? null : Message.of("ui.merge.chain", inspection.chainLength(),
                    inspection.chainHead().substring(0, 12));
        }

        /** Why it would be refused (translated), or null. */
        public Message refusal() {
            return inspection.refusal() == null ? null : Message.of(inspection.refusal());
        }

        /** What importing it did, or null before. */
        public ReadOnlyObjectProperty<Message> outcomeProperty() {
            return outcome.getReadOnlyProperty();
        }

        public ReadOnlyObjectProperty<Outcome> outcomeKindProperty() {
            return outcomeKind.getReadOnlyProperty();
        }

        void imported(ImportSummary s) {
            selected.set(false);
            if (s.alreadyMerged()) {
                outcomeKind.set(Outcome.UNCHANGED);
                outcome.set(Message.of("ui.merge.outcome.unchanged"));
            } else {
                outcomeKind.set(s.conflicts() > 0 ? Outcome.CONFLICTS : Outcome.ADDED);
                outcome.set(Message.of("ui.merge.outcome.added", s.submissionsAdded(), s.duplicates(), s.conflicts(),
                        s.removedByTombstones(), s.analysisAdded(), s.sameNamedCodes().isEmpty() ? 0 : 1,
                        String.join(", ", s.sameNamedCodes())));
            }
        }

        void refused(CampoException e) {
            selected.set(false);
            outcomeKind.set(Outcome.REFUSED);
            outcome.set(Message.of(e));
        }
    }

    /** What importing one package did. */
    public enum Outcome { ADDED, UNCHANGED, CONFLICTS, REFUSED }
}
