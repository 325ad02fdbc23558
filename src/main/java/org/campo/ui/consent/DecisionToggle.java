package org.campo.ui.consent;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.campo.ui.common.I18n;

/**
 * A granted/refused pair of radio buttons kept in step with a {@code Boolean} property whose
 * null means "not decided yet": consent decisions are never preselected.
 */
final class DecisionToggle extends HBox {
    private final RadioButton yes = new RadioButton();
    private final RadioButton no = new RadioButton();

    DecisionToggle(String idPrefix, String yesKey, String noKey, ObjectProperty<Boolean> decision) {
        super(16);
        ToggleGroup group = new ToggleGroup();
        yes.setId(idPrefix + "-yes");
        no.setId(idPrefix + "-no");
        yes.textProperty().bind(I18n.text(yesKey));
        no.textProperty().bind(I18n.text(noKey));
        yes.setToggleGroup(group);
        no.setToggleGroup(group);
        show(decision.get());
        decision.addListener((o, a, b) -> show(b));
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                decision.set(b == yes);
            }
        });
        getChildren().addAll(yes, no);
    }

    private void show(Boolean value) {
        yes.setSelected(Boolean.TRUE.equals(value));
        no.setSelected(Boolean.FALSE.equals(value));
    }
}
