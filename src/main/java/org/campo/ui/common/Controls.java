package org.campo.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Small factories for translated controls, so views stay short and every visible text is a
 * binding to a message key (which {@code MessagesTest} checks exists).
 */
public final class Controls {
    private Controls() {
    }

    public static Label label(String key, Object... args) {
        Label label = new Label();
        label.textProperty().bind(I18n.text(key, args));
        return label;
    }

    public static Label title(String key, Object... args) {
        Label label = label(key, args);
        label.getStyleClass().add(Styles.TITLE_2);
        return label;
    }

    public static Label hint(String key, Object... args) {
        Label label = label(key, args);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    public static Button button(String id, String key, Ikon icon) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(I18n.text(key));
        if (icon != null) {
            button.setGraphic(new FontIcon(icon));
        }
        return button;
    }

    public static Button accentButton(String id, String key, Ikon icon) {
        Button button = button(id, key, icon);
        button.getStyleClass().add(Styles.ACCENT);
        button.setDefaultButton(true);
        return button;
    }

    public static FontIcon icon(Ikon icon, int size) {
        FontIcon fontIcon = new FontIcon(icon);
        fontIcon.setIconSize(size);
        // The theme sizes icons inside labels and buttons by CSS; a size class wins over it.
        fontIcon.getStyleClass().add("icon-" + size);
        return fontIcon;
    }

    /**
     * Makes a text column wrap its sentences over as many lines as they need (the row grows)
     * instead of cutting them with an ellipsis; the whole text is also the cell's tooltip.
     */
    public static <S> void wrapping(javafx.scene.control.TableColumn<S, String> column) {
        column.setCellFactory(c -> {
            javafx.scene.control.TableCell<S, String> cell = new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
                }
            };
            cell.setWrapText(true);
            cell.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            return cell;
        });
    }
}
