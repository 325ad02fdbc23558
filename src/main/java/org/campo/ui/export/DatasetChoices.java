package org.campo.ui.export;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.campo.export.dataset.DatasetFormat;
import org.campo.export.dataset.DatasetOptions;

/**
 * The choices of a dataset export, as the screen edits them. The defaults are the safe ones:
 * values (not labels), no drafts, no sensitive fields.
 */
public final class DatasetChoices {
    private final ObjectProperty<DatasetFormat> format = new SimpleObjectProperty<>(DatasetFormat.CSV);
    private final BooleanProperty labels = new SimpleBooleanProperty(false);
    private final StringProperty language = new SimpleStringProperty();
    private final BooleanProperty splitMultiple = new SimpleBooleanProperty(true);
    private final BooleanProperty includeDrafts = new SimpleBooleanProperty(false);
    private final BooleanProperty includeSensitive = new SimpleBooleanProperty(false);

    DatasetOptions toOptions(String formId) {
        return new DatasetOptions(formId, format.get(), labels.get(), labels.get() ? language.get() : null,
                splitMultiple.get(), includeSensitive.get(), includeDrafts.get());
    }

    public ObjectProperty<DatasetFormat> formatProperty() {
        return format;
    }

    public BooleanProperty labelsProperty() {
        return labels;
    }

    /** The form language of the labels (only used with {@link #labelsProperty()}). */
    public StringProperty languageProperty() {
        return language;
    }

    /** One 0/1 column per choice of each select-multiple question. */
    public BooleanProperty splitMultipleProperty() {
        return splitMultiple;
    }

    public BooleanProperty includeDraftsProperty() {
        return includeDrafts;
    }

    public BooleanProperty includeSensitiveProperty() {
        return includeSensitive;
    }
}
