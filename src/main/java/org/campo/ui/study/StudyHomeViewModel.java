package org.campo.ui.study;

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
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().map(s -> {
            selected.set(s);
            return true;
        }).orElse(false);
    }

    public void lock() {
        onLock.run();
    }
}
