package org.campo.ui.sites;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.collect.ShiftRecord;
import org.campo.collect.SiteService;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.model.Site;
import org.campo.study.OpenStudy;
import org.campo.ui.common.Message;

/**
 * The study's flow monitoring points: adding one, correcting the chosen one's name and
 * coordinates, retiring or reactivating it, and the shifts worked there. Codes are stored in
 * clear (records are grouped by them without the key), so they are short capitals such as
 * {@code TUM-CEBAF}, and never change once given (see {@link SiteService}); coordinates are
 * optional, as decimal degrees (a comma is accepted as decimal mark).
 */
public final class SitesViewModel {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,29}");
    private final OpenStudy study;
    private final SiteService service;
    private final ObjectProperty<Site> selected = new SimpleObjectProperty<>();
    private final StringProperty editName = new SimpleStringProperty("");
    private final StringProperty editLatitude = new SimpleStringProperty("");
    private final StringProperty editLongitude = new SimpleStringProperty("");
    private final ObservableList<ShiftRecord> shifts = FXCollections.observableArrayList();
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty latitude = new SimpleStringProperty("");
    private final StringProperty longitude = new SimpleStringProperty("");
    private final ObjectProperty<Message> result = new SimpleObjectProperty<>();

    public SitesViewModel(OpenStudy study, SiteService service) {
        this.study = study;
        this.service = service;
        selected.addListener((o, old, now) -> showSelected());
    }

    /** Reloads the points, keeping the chosen one chosen. */
    public void load() {
        String keep = selected.get() == null ? null : selected.get().code();
        sites.setAll(service.all());
        selected.set(sites.stream().filter(s -> s.code().equals(keep)).findFirst().orElse(null));
        showSelected();
    }

    private void showSelected() {
        Site site = selected.get();
        editName.set(site == null ? "" : site.name());
        editLatitude.set(site == null || site.latitude() == null ? "" : site.latitude().toString());
        editLongitude.set(site == null || site.longitude() == null ? "" : site.longitude().toString());
        shifts.setAll(site == null ? List.of() : service.shifts(site.code()));
    }

    /** Saves the chosen point's corrected name and coordinates. */
    public boolean saveEdit() {
        Site site = selected.get();
        if (site == null) {
            return false;
        }
        if (editName.get() == null || editName.get().isBlank()) {
            return fail("ui.sites.nameRequired");
        }
        Optional<Double> lat = coordinate(editLatitude.get(), 90);
        Optional<Double> lon = coordinate(editLongitude.get(), 180);
        if (lat == null) {
            return fail("ui.sites.latitudeInvalid", editLatitude.get());
        }
        if (lon == null) {
            return fail("ui.sites.longitudeInvalid", editLongitude.get());
        }
        try {
            service.edit(site.code(), editName.get(), lat.orElse(null), lon.orElse(null));
        } catch (CampoException e) {
            result.set(Message.of(e));
            return false;
        }
        result.set(Message.of("ui.sites.saved", site.code()));
        load();
        return true;
    }

    /** Retires the chosen point, or reactivates it when it is retired. */
    public boolean toggleRetired() {
        Site site = selected.get();
        if (site == null) {
            return false;
        }
        try {
            if (site.retired()) {
                service.reactivate(site.code());
                result.set(Message.of("ui.sites.reactivated", site.code()));
            } else {
                service.retire(site.code());
                result.set(Message.of("ui.sites.retired", site.code()));
            }
        } catch (CampoException e) {
            result.set(Message.of(e));
            return false;
        }
        load();
        return true;
    }

    /** Adds the point when valid; otherwise {@link #resultProperty()} says what to correct. */
    public boolean add() {
        String c = code.get() == null ? "" : code.get().trim().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            return fail("ui.sites.codeInvalid", c);
        }
        if (sites.stream().anyMatch(s -> s.code().equals(c))) {
            return fail("ui.sites.codeTaken", c);
        }
        if (name.get() == null || name.get().isBlank()) {
            return fail("ui.sites.nameRequired");
        }
        Optional<Double> lat = coordinate(latitude.get(), 90);
        Optional<Double> lon = coordinate(longitude.get(), 180);
        if (lat == null) {
            return fail("ui.sites.latitudeInvalid", latitude.get());
        }
        if (lon == null) {
            return fail("ui.sites.longitudeInvalid", longitude.get());
        }
        try {
            study.addSite(new Site(Ids.newId(), c, name.get().strip(), lat.orElse(null), lon.orElse(null)));
        } catch (CampoException e) {
            result.set(Message.of(e));
            return false;
        }
        result.set(Message.of("ui.sites.added", c));
        code.set("");
        name.set("");
        latitude.set("");
        longitude.set("");
        load();
        return true;
    }

    /** Empty for a blank field, the value when within ±limit, null when not a valid number. */
    private static Optional<Double> coordinate(String text, double limit) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            double v = Double.parseDouble(text.trim().replace(',', '.'));
            return Math.abs(v) <= limit ? Optional.of(v) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean fail(String key, Object... args) {
        result.set(Message.of(key, args));
        return false;
    }

    public ObservableList<Site> sites() {
        return sites;
    }

    public ObjectProperty<Site> selectedProperty() {
        return selected;
    }

    public StringProperty editNameProperty() {
        return editName;
    }

    public StringProperty editLatitudeProperty() {
        return editLatitude;
    }

    public StringProperty editLongitudeProperty() {
        return editLongitude;
    }

    /** The shifts worked at the chosen point, newest first. */
    public ObservableList<ShiftRecord> shifts() {
        return shifts;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty latitudeProperty() {
        return latitude;
    }

    public StringProperty longitudeProperty() {
        return longitude;
    }

    public ObjectProperty<Message> resultProperty() {
        return result;
    }
}
