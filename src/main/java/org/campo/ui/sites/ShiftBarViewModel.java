package org.campo.ui.sites;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.collect.Shift;
import org.campo.collect.ShiftService;
import org.campo.common.CampoException;
import org.campo.model.Site;
import org.campo.study.OpenStudy;
import org.campo.ui.common.Message;

/**
 * The enumerator's shift: point, date and shift (the codes of the forms' {@code shift} list).
 * While it is open, new submissions start with these three already answered.
 */
public final class ShiftBarViewModel {
    /** The shift codes, as in the shipped forms' choice list. */
    public static final List<String> SHIFTS = List.of("morning", "afternoon", "night");

    private final ShiftService shifts;
    private final ObservableList<String> points = FXCollections.observableArrayList();
    private final StringProperty point = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty shift = new SimpleStringProperty();
    private final ObjectProperty<Shift> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();

    public ShiftBarViewModel(OpenStudy study, ShiftService shifts) {
        this.shifts = shifts;
        points.setAll(study.listSites().stream().filter(s -> !s.retired()).map(Site::code).toList());
        date.set(LocalDate.now(study.clock()));
        int hour = study.clock().instant().atZone(study.clock().getZone()).getHour();
        shift.set(hour < 6 || hour >= 20 ? "night" : hour < 13 ? "morning" : "afternoon");
        current.set(shifts.current().orElse(null));
        if (!points.isEmpty()) {
            point.set(points.get(0));
        }
    }

    public void start() {
        if (point.get() == null || date.get() == null || shift.get() == null) {
            error.set(Message.of("ui.shift.incomplete"));
            return;
        }
        try {
            current.set(shifts.start(new Shift(point.get(), date.get(), shift.get())));
            error.set(null);
        } catch (CampoException e) {
            error.set(Message.of(e));
        }
    }

    public void end() {
        shifts.end();
        current.set(null);
    }

    public ObservableList<String> points() {
        return points;
    }

    public StringProperty pointProperty() {
        return point;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty shiftProperty() {
        return shift;
    }

    public ObjectProperty<Shift> currentProperty() {
        return current;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }
}
