package org.campo.ui.frame;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.campo.study.OpenStudy;

/** The unlocked study's frame: header facts, the sections this member sees, the selected one. */
public final class StudyHomeViewModel {
    private final OpenStudy study;
    private final String studyName;
    private final Runnable onLock;
    private final List<NavigationItem> sections;
    private final ObjectProperty<NavigationItem> selected = new SimpleObjectProperty<>();
    private Object pendingRequest;

    public StudyHomeViewModel(OpenStudy study, List<NavigationItem> registry, Runnable onLock) {
        this.study = study;
        this.onLock = onLock;
        this.studyName = study.record().name();
        this.sections = registry.stream().filter(item -> item.visible().test(study)).toList();
        selected.set(sections.isEmpty() ? null : sections.get(0));
    }

    public String studyName() {
        return studyName;
    }

    public String userName() {
        return study.member().userName();
    }

    /** The message key naming the member's role. */
    public String roleKey() {
        return "ui.role." + study.role().code();
    }

    public List<NavigationItem> sections() {
        return sections;
    }

    public ObjectProperty<NavigationItem> selectedProperty() {
        return selected;
    }

    /** Selects a section by id; false when this member has no such section. */
    public boolean select(String id) {
        return navigate(id, null);
    }

    /**
     * Shows section {@code id} with a request for it (what another section asked it to do);
     * the section is built again even when it is already showing.
     */
    public boolean navigate(String id, Object request) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().map(s -> {
            pendingRequest = request;
            if (selected.get() == s) {
                selected.set(null);
            }
            selected.set(s);
            pendingRequest = null;
            return true;
        }).orElse(false);
    }

    /** The request handed to the section being shown now (null for a plain selection). */
    Object takeRequest() {
        return pendingRequest;
    }

    public void lock() {
        onLock.run();
    }
}
