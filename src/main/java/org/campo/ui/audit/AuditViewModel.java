package org.campo.ui.audit;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.audit.AuditEntry;
import org.campo.audit.AuditLog;
import org.campo.audit.AuditVerification;
import org.campo.common.TaskExecutor;
import org.campo.model.FormVersion;
import org.campo.ui.common.AuditSentences;
import org.campo.ui.common.Message;

/**
 * The audit trail: the newest entries, and a verification of the whole chain run in the
 * background (it rereads every entry and every sealed row).
 */
public final class AuditViewModel {
    /** Entries shown at once; the chain can hold many thousands. */
    public static final int PAGE = 500;

    private final AuditLog audit;
    private final TaskExecutor executor;
    private final Supplier<List<FormVersion>> forms;
    private Map<String, String> formTitles = Map.of();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<AuditVerification> verification = new SimpleObjectProperty<>();
    private final ObservableList<Message> findings = FXCollections.observableArrayList();
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final BooleanProperty verifying = new SimpleBooleanProperty(false);

    public AuditViewModel(AuditLog audit, TaskExecutor executor) {
        this(audit, executor, List::of);
    }

    /** With the study's forms (newest version of each), so entries name a form by its title. */
    public AuditViewModel(AuditLog audit, TaskExecutor executor, Supplier<List<FormVersion>> forms) {
        this.audit = audit;
        this.executor = executor;
        this.forms = forms;
    }

    /** The entry as a sentence in the current UI language, a form named by its title (its id when unknown). */
    public Message describe(AuditEntry entry) {
        return AuditSentences.describe(entry, List.of(), formTitles::get);
    }

    /** Loads the newest {@link #PAGE} entries, newest first. */
    public void load() {
        formTitles = forms.get().stream()
                .collect(Collectors.toMap(FormVersion::formId, FormVersion::title, (a, b) -> b));
        long size = audit.size();
        long from = Math.max(1, size - PAGE + 1);
        List<AuditEntry> page = new java.util.ArrayList<>(audit.entries(from, PAGE));
        java.util.Collections.reverse(page);
        entries.setAll(page);
    }

    public void verify() {
        verifying.set(true);
        verification.set(null);
        findings.clear();
        error.set(null);
        executor.submit("ui.task.verifyingAudit", progress -> audit.verify(), result -> {
            verifying.set(false);
            verification.set(result);
            findings.setAll(describe(result));
        }, failure -> {
            verifying.set(false);
            error.set(Message.of(failure));
        });
    }

    /** The verdict first, then each problem as a sentence from the audit bundle. */
    static List<Message> describe(AuditVerification result) {
        List<Message> out = new java.util.ArrayList<>();
        if (result.ok()) {
            out.add(Message.of("audit.verify.ok", result.entries(), shortHash(result.head())));
        } else {
            out.add(Message.of("audit.verify.broken", result.firstBrokenSeq()));
            for (AuditVerification.Problem p : result.problems()) {
                out.add(Message.of(p.key(), p.args().toArray()));
            }
        }
        return out;
    }

    private static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ObjectProperty<AuditVerification> verificationProperty() {
        return verification;
    }

    public ObservableList<Message> findings() {
        return findings;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    public BooleanProperty verifyingProperty() {
        return verifying;
    }
}
