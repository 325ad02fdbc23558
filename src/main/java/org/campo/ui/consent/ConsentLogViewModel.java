package org.campo.ui.consent;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.Messages;
import org.campo.common.TaskExecutor;
import org.campo.consent.ConsentLog;
import org.campo.consent.ConsentLogEntry;
import org.campo.consent.ConsentLogService;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentRecord;
import org.campo.ui.common.Message;

/**
 * The read-only consent log (what an IRB reviewer checks): one row per consent record and the
 * audit verification, built in the background because verification rereads every sealed row.
 * It shows no response or attribute: the {@link ConsentLog} holds none.
 */
public final class ConsentLogViewModel {

    private final ConsentLogService service;
    private final TaskExecutor executor;
    private final ObservableList<ConsentLogEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Message> verdict = new SimpleObjectProperty<>();
    private final BooleanProperty intact = new SimpleBooleanProperty(true);
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private ZoneId zone = ZoneId.systemDefault();

    private final ObjectProperty<Message> exported = new SimpleObjectProperty<>();
    private org.campo.export.consent.ConsentExports exports;
    private org.campo.ui.common.DialogService dialogs;

    public ConsentLogViewModel(ConsentLogService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    /** Lets the log be exported from the screen (the consent log as PDF or XLSX, the IRB package). */
    public ConsentLogViewModel withExports(org.campo.export.consent.ConsentExports consentExports,
                                           org.campo.ui.common.DialogService dialogService) {
        this.exports = consentExports;
        this.dialogs = dialogService;
        return this;
    }

    public boolean canExport() {
        return exports != null;
    }

    /** Asks where, then writes the consent log as {@code pdf} or {@code xlsx}; false when nothing was started. */
    public boolean exportLog(String format) {
        if (exports == null) {
            return false;
        }
        java.util.Optional<java.nio.file.Path> file = dialogs.chooseExportFile("consent-log." + format, format);
        if (file.isEmpty()) {
            return false;
        }
        java.util.Locale locale = Messages.locale();
        exported.set(null);
        executor.submit("ui.consent.exporting", progress -> exports.consentLog(file.get(), format, locale),
                log -> exported.set(Message.of("ui.consent.exported", file.get().toString(), log.entries().size())),
                failure -> error.set(Message.of(failure)));
        return true;
    }

    /** Asks where, then writes the IRB package (ZIP); false when nothing was started. */
    public boolean exportIrbPackage() {
        if (exports == null) {
            return false;
        }
        java.util.Optional<java.nio.file.Path> file = dialogs.chooseExportFile("irb-package.zip", "zip");
        if (file.isEmpty()) {
            return false;
        }
        java.util.Locale locale = Messages.locale();
        exported.set(null);
        executor.submit("ui.consent.exporting", progress -> exports.irbPackage(file.get(), locale),
                log -> exported.set(Message.of("ui.consent.irbExported", file.get().toString())),
                failure -> error.set(Message.of(failure)));
        return true;
    }

    public ObjectProperty<Message> exportedProperty() {
        return exported;
    }

    public void load() {
        loading.set(true);
        error.set(null);
        executor.submit("ui.task.loadingConsentLog", progress -> service.build(), log -> {
            loading.set(false);
            zone = log.zone();
            entries.setAll(log.entries());
            intact.set(log.verification().ok());
            verdict.set(log.verification().ok()
                    ? Message.of("audit.verify.ok", String.valueOf(log.verification().entries()),
                    log.verification().head())
                    : Message.of("ui.consent.altered", String.valueOf(log.verification().firstBrokenSeq()),
                    String.valueOf(log.tamperedEntries())));
        }, failure -> {
            loading.set(false);
            error.set(Message.of(failure));
        });
    }

    public String script(ConsentLogEntry e) {
        return e.consent().script().label();
    }

    public String mode(ConsentLogEntry e) {
        return Messages.get("consent.mode." + e.consent().mode().code());
    }

    /** The granted permissions in words; refused ones are simply absent. */
    public String granted(ConsentLogEntry e) {
        ConsentRecord c = e.consent();
        if (!c.granted(ConsentPermission.PARTICIPATE)) {
            return Messages.get("ui.consent.refusedParticipation");
        }
        return String.join(", ", c.decisions().entrySet().stream().filter(d -> d.getValue())
                .map(d -> Messages.get("consent.permission." + d.getKey().code())).toList());
    }

    public String date(ConsentLogEntry e) {
        return org.campo.ui.common.Dates.format(e.consent().obtainedAt().atZone(zone).toLocalDate(), Messages.locale());
    }

    public String withdrawal(ConsentLogEntry e) {
        return e.withdrawal() == null ? "" : org.campo.ui.common.Dates.format(
                e.withdrawal().withdrawnAt().atZone(zone).toLocalDate(), Messages.locale()) + " · "
                + Messages.get("consent.scope." + e.withdrawal().scope().code());
    }

    public String check(ConsentLogEntry e) {
        return Messages.get(e.tampered() ? "export.consent.check.altered" : "export.consent.check.ok");
    }

    public ObservableList<ConsentLogEntry> entries() {
        return entries;
    }

    public ObjectProperty<Message> verdictProperty() {
        return verdict;
    }

    public BooleanProperty intactProperty() {
        return intact;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
