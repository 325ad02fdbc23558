package org.campo.form.runtime;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;

import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.data.DateData;
import org.javarosa.core.model.data.DateTimeData;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.instance.TreeElement;

/**
 * Fills the metadata every submission carries: {@code meta/instanceID} (added if the form lacks
 * it, since Campo stores and merges submissions by it), and the form's own {@code start},
 * {@code end}, {@code today}, {@code deviceid} and {@code username} preloads. JavaRosa would take
 * time from the system clock and device properties from a global registry; Campo takes both from
 * the {@link SessionContext} so that they are testable and belong to this session only.
 */
final class InstanceMetadata {
    private final FormDef formDef;
    private final SessionContext context;

    InstanceMetadata(FormDef formDef, SessionContext context) {
        this.formDef = formDef;
        this.context = context;
    }

    /** For a new instance: start, today, device and user, and a fresh instance id. */
    void fillNew() {
        visit(formDef.getMainInstance().getRoot(), element -> {
            String handler = element.getPreloadHandler();
            String params = element.getPreloadParams();
            if (handler == null || params == null) {
                return;
            }
            if (handler.equals("timestamp") && params.equals("start")) {
                set(element, new DateTimeData(now()));
            } else if (handler.equals("date") && params.equals("today")) {
                set(element, new DateData(today()));
            } else if (handler.equals("property") && params.equalsIgnoreCase("deviceid")) {
                set(element, new StringData(context.deviceId()));
            } else if (handler.equals("property") && params.equalsIgnoreCase("username")) {
                set(element, new StringData(context.userName()));
            }
        });
        ensureInstanceId();
    }

    /** For finalizing: the time the interview ended. */
    void fillEnd() {
        visit(formDef.getMainInstance().getRoot(), element -> {
            if ("timestamp".equals(element.getPreloadHandler()) && "end".equals(element.getPreloadParams())) {
                set(element, new DateTimeData(now()));
            }
        });
    }

    /** Makes sure {@code meta/instanceID} exists and holds a {@code uuid:} identifier. */
    void ensureInstanceId() {
        TreeElement root = formDef.getMainInstance().getRoot();
        TreeElement meta = root.getChild("meta", 0);
        if (meta == null) {
            meta = new TreeElement("meta", 0);
            root.addChild(meta);
        }
        TreeElement id = meta.getChild("instanceID", 0);
        if (id == null) {
            id = new TreeElement("instanceID", 0);
            meta.addChild(id);
        }
        IAnswerData value = id.getValue();
        if (value == null || value.uncast().getString() == null || value.uncast().getString().isBlank()) {
            id.setAnswer(new StringData("uuid:" + UUID.randomUUID()));
        }
    }

    /** Puts back the id a resumed instance was saved with, or makes one if it had none. */
    void restoreInstanceId(String savedId) {
        ensureInstanceId();
        if (savedId != null && !savedId.isBlank()) {
            formDef.getMainInstance().getRoot().getChild("meta", 0).getChild("instanceID", 0)
                    .setAnswer(new StringData(savedId));
        }
    }

    /** The current {@code meta/instanceID}. */
    String instanceId() {
        TreeElement meta = formDef.getMainInstance().getRoot().getChild("meta", 0);
        TreeElement id = meta == null ? null : meta.getChild("instanceID", 0);
        return id == null || id.getValue() == null ? null : id.getValue().uncast().getString();
    }

    private void set(TreeElement element, IAnswerData value) {
        if (element.getMult() < 0) {
            return; // a repeat template, not data
        }
        formDef.setValue(value, element.getRef(), true);
    }

    private Date now() {
        return Date.from(context.clock().instant());
    }

    private Date today() {
        LocalDate day = LocalDate.now(context.clock());
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static void visit(TreeElement element, Consumer<TreeElement> action) {
        action.accept(element);
        for (int i = 0; i < element.getNumChildren(); i++) {
            visit(element.getChildAt(i), action);
        }
    }
}
