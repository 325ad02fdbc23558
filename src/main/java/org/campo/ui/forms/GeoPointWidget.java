package org.campo.ui.forms;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.Prompt;
import org.campo.ui.common.Controls;

/**
 * A geopoint typed as latitude and longitude in decimal degrees: laptops at a border post
 * have no GPS, so the enumerator copies the point from a phone or a map.
 */
final class GeoPointWidget implements PromptWidget {
    private final Prompt prompt;
    private final AnswerSink sink;
    private final TextField latitude = new TextField();
    private final TextField longitude = new TextField();
    private final HBox box;
    private String committed;

    GeoPointWidget(Prompt prompt, AnswerSink sink) {
        this.prompt = prompt;
        this.sink = sink;
        String name = Prompts.name(prompt);
        latitude.setId("q-" + name + "-lat");
        longitude.setId("q-" + name + "-lon");
        latitude.setPrefColumnCount(10);
        longitude.setPrefColumnCount(10);
        latitude.setPromptText("-3.5669");
        longitude.setPromptText("-80.4515");
        prompt.answer().ifPresent(a -> {
            String[] parts = a.toXFormValue().split("\\s+");
            latitude.setText(parts[0]);
            longitude.setText(parts.length > 1 ? parts[1] : "");
        });
        committed = text();
        for (TextField f : new TextField[] {latitude, longitude}) {
            f.setEditable(!prompt.readOnly());
            f.focusedProperty().addListener((obs, was, now) -> {
                if (!now && !latitude.isFocused() && !longitude.isFocused()) {
                    commit();
                }
            });
        }
        Label lat = Controls.label("ui.forms.geo.latitude");
        Label lon = Controls.label("ui.forms.geo.longitude");
        box = new HBox(8, lat, latitude, lon, longitude);
        box.setAlignment(Pos.CENTER_LEFT);
    }

    private String text() {
        return latitude.getText().strip() + " " + longitude.getText().strip();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node focusTarget() {
        return latitude;
    }

    @Override
    public void commit() {
        String now = text();
        if (now.equals(committed) || prompt.readOnly()) {
            return;
        }
        if (now.isBlank()) {
            sink.clear(prompt.ref());
            committed = now;
            return;
        }
        if (latitude.getText().isBlank() || longitude.getText().isBlank()) {
            return;
        }
        try {
            double lat = Double.parseDouble(latitude.getText().strip().replace(',', '.'));
            double lon = Double.parseDouble(longitude.getText().strip().replace(',', '.'));
            if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                throw new NumberFormatException();
            }
            if (sink.answer(prompt.ref(), new Answer.GeoPoint(lat, lon, 0, 0))) {
                committed = now;
            }
        } catch (NumberFormatException e) {
            sink.reject(prompt.ref(), "ui.forms.invalid.geopoint");
        }
    }
}
