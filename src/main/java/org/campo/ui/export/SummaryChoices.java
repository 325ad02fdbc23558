package org.campo.ui.export;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.Messages;
import org.campo.export.summary.SummaryFormat;
import org.campo.export.summary.SummaryOptions;

/**
 * The choices of a summary export. The minimum cell size starts at the study's disclosure
 * default (5) and cannot go below 1; the report language follows the interface language.
 */
public final class SummaryChoices {
    private final ObjectProperty<SummaryFormat> format = new SimpleObjectProperty<>(SummaryFormat.XLSX);
    private final ObservableList<String> byVariables = FXCollections.observableArrayList();
    private final IntegerProperty minCell = new SimpleIntegerProperty(SummaryOptions.DEFAULT_MIN_CELL);
    private final BooleanProperty includeSensitive = new SimpleBooleanProperty(false);

    SummaryOptions toOptions(String formId) {
        return new SummaryOptions(formId, format.get(), byVariables, Math.max(1, minCell.get()),
                Messages.locale().getLanguage(), includeSensitive.get());
    }

    public ObjectProperty<SummaryFormat> formatProperty() {
        return format;
    }

    /** Names of the closed questions every table is crossed by. */
    public ObservableList<String> byVariables() {
        return byVariables;
    }

    public IntegerProperty minCellProperty() {
        return minCell;
    }

    public BooleanProperty includeSensitiveProperty() {
        return includeSensitive;
    }
}
