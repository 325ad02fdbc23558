package org.campo.ui.sites;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.campo.collect.Shift;
import org.campo.study.Capability;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.campo.ui.common.MessageText;
import org.campo.ui.forms.FormsExtension;
import org.campo.ui.frame.SectionContext;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Start shift / current shift / End shift, above the forms list of members who collect. */
public final class ShiftBar extends HBox {

    /** Puts the bar above the forms list of members who collect data. */
    public static void extendForms(SectionContext ctx, FormsExtension.Host forms) {
        if (ctx.study().can(Capability.COLLECT)) {
            forms.addAboveList(new ShiftBar(new ShiftBarViewModel(ctx.study(), ctx.app().shifts(ctx.study()))));
        }
    }

    public ShiftBar(ShiftBarViewModel model) {
        super(8);
        setId("shift-bar");
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<String> point = new ComboBox<>(model.points());
        point.setId("shift-point");
        point.valueProperty().bindBidirectional(model.pointProperty());
        DatePicker date = org.campo.ui.common.Dates.localize(new DatePicker());
        date.setId("shift-date");
        date.setPrefWidth(150);
        date.valueProperty().bindBidirectional(model.dateProperty());
        ChoiceBox<String> shift = new ChoiceBox<>(javafx.collections.FXCollections.observableList(ShiftBarViewModel.SHIFTS));
        shift.setId("shift-shift");
        shift.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : I18n.get("ui.shift." + code);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        shift.valueProperty().bindBidirectional(model.shiftProperty());
        Button start = Controls.button("shift-start", "ui.shift.start", MaterialDesignP.PLAY_CIRCLE_OUTLINE);
        start.setOnAction(e -> model.start());
        HBox form = new HBox(8, Controls.label("ui.shift.label"), point, date, shift, start);
        form.setAlignment(Pos.CENTER_LEFT);

        Label current = new Label();
        current.setId("shift-current");
        current.getStyleClass().add(Styles.TEXT_BOLD);
        current.textProperty().bind(Bindings.createStringBinding(() -> describe(model.currentProperty().get()),
                model.currentProperty(), I18n.localeProperty()));
        Button end = Controls.button("shift-end", "ui.shift.end", MaterialDesignS.STOP_CIRCLE_OUTLINE);
        end.setOnAction(e -> model.end());
        HBox open = new HBox(8, current, end);
        open.setAlignment(Pos.CENTER_LEFT);

        form.visibleProperty().bind(model.currentProperty().isNull());
        form.managedProperty().bind(form.visibleProperty());
        open.visibleProperty().bind(model.currentProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        Label error = new Label();
        error.setId("shift-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(MessageText.of(model.errorProperty()));
        getChildren().addAll(form, open, error);
    }

    private static String describe(Shift s) {
        return s == null ? "" : I18n.get("ui.shift.current", s.siteCode(),
                org.campo.ui.common.Dates.format(s.date(), I18n.localeProperty().get()),
                I18n.get("ui.shift." + s.shift()));
    }
}
