package org.campo.ui.consent;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.campo.consent.ConsentMode;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentScript;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;

/**
 * The consent capture: the script as read (scrollable) on the left, how consent was given and
 * every decision on the right.
 */
final class ConsentCaptureView extends HBox {
    private final ConsentCaptureViewModel model;

    private final Runnable manageScripts;

    /** @param manageScripts opens the consent scripts (coordinators), or null for everyone else */
    ConsentCaptureView(ConsentCaptureViewModel model, Runnable manageScripts) {
        super(24);
        this.model = model;
        this.manageScripts = manageScripts;
        setId("consent-capture");
        VBox script = scriptColumn();
        ScrollPane form = new ScrollPane(formColumn());
        form.setFitToWidth(true);
        form.setPrefWidth(520);
        form.setMinWidth(420);
        HBox.setHgrow(script, Priority.ALWAYS);
        getChildren().addAll(script, form);
    }

    private VBox scriptColumn() {
        ComboBox<ConsentScript> choice = new ComboBox<>(model.scripts());
        choice.setId("consent-script");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConsentScript s) {
                return s == null ? "" : s.label();
            }

            @Override
            public ConsentScript fromString(String s) {
                return null;
            }
        });
        choice.valueProperty().bindBidirectional(model.scriptProperty());
        TextArea text = new TextArea();
        text.setId("consent-script-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(model.scriptTextProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        Label none = Controls.hint("ui.consent.noScript");
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.scripts()));
        none.managedProperty().bind(none.visibleProperty());
        VBox column = new VBox(8, Controls.label("ui.consent.script"), choice, none);
        if (manageScripts != null) {
            javafx.scene.control.Hyperlink add = new javafx.scene.control.Hyperlink();
            add.setId("consent-manage-scripts");
            add.textProperty().bind(org.campo.ui.common.I18n.text("ui.scripts.manage"));
            add.setOnAction(e -> manageScripts.run());
            add.visibleProperty().bind(none.visibleProperty());
            add.managedProperty().bind(none.visibleProperty());
            column.getChildren().add(add);
        }
        column.getChildren().add(text);
        return column;
    }

    private VBox formColumn() {
        VBox box = new VBox(12);
        box.setPadding(new Insets(0, 12, 0, 0));
        box.getChildren().addAll(section("ui.consent.mode"), modeChooser(), attestation(), witness(),
                section("ui.consent.permissions"), permissions(), minor(), section("ui.consent.site"), site());
        return box;
    }

    private static Label section(String key) {
        Label label = Controls.label(key);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private Node modeChooser() {
        ToggleGroup group = new ToggleGroup();
        HBox modes = new HBox(16);
        for (ConsentMode mode : ConsentMode.values()) {
            RadioButton b = new RadioButton();
            b.setId("consent-mode-" + mode.code());
            b.textProperty().bind(I18n.text("consent.mode." + mode.code()));
            b.setToggleGroup(group);
            b.setUserData(mode);
            b.setSelected(model.modeProperty().get() == mode);
            modes.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.modeProperty().set((ConsentMode) b.getUserData());
            }
        });
        return modes;
    }

    private Node attestation() {
        TextArea text = new TextArea();
        text.setId("consent-attestation");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.textProperty().bindBidirectional(model.attestationProperty());
        VBox box = new VBox(4, Controls.label("ui.consent.attestation"), text);
        box.visibleProperty().bind(model.modeProperty().isEqualTo(ConsentMode.VERBAL));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node witness() {
        TextField text = new TextField();
        text.setId("consent-witness");
        text.textProperty().bindBidirectional(model.witnessProperty());
        VBox box = new VBox(4, Controls.label("ui.consent.witness"), text);
        box.visibleProperty().bind(model.modeProperty().isEqualTo(ConsentMode.WITNESSED));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node permissions() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        Runnable rebuild = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (ConsentPermission p : model.asked()) {
                DecisionToggle toggle = new DecisionToggle("perm-" + p.code(), "ui.consent.granted",
                        "ui.consent.refused", model.decision(p));
                if (p != ConsentPermission.PARTICIPATE) {
                    toggle.disableProperty().bind(
                            model.decision(ConsentPermission.PARTICIPATE).isEqualTo(Boolean.FALSE));
                }
                grid.addRow(row++, Controls.label("consent.permission." + p.code()), toggle);
            }
        };
        model.asked().addListener((ListChangeListener<ConsentPermission>) c -> rebuild.run());
        rebuild.run();
        return grid;
    }

    private Node minor() {
        CheckBox minor = new CheckBox();
        minor.setId("consent-minor");
        minor.textProperty().bind(I18n.text("ui.consent.minor"));
        minor.selectedProperty().bindBidirectional(model.minorProperty());
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.setPadding(new Insets(0, 0, 0, 28));
        grid.addRow(0, Controls.label("ui.consent.guardian"), new DecisionToggle("consent-guardian",
                "ui.consent.granted", "ui.consent.refused", model.guardianConsentProperty()));
        grid.addRow(1, Controls.label("ui.consent.assent"), new DecisionToggle("consent-assent",
                "ui.consent.granted", "ui.consent.refused", model.assentProperty()));
        grid.visibleProperty().bind(model.minorProperty());
        grid.managedProperty().bind(grid.visibleProperty());
        return new VBox(8, minor, grid);
    }

    private Node site() {
        ComboBox<String> site = new ComboBox<>(model.sites());
        site.setId("consent-site");
        site.setPrefWidth(240);
        site.valueProperty().bindBidirectional(model.siteCodeProperty());
        return site;
    }
}
