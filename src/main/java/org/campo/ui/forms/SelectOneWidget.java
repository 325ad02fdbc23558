package org.campo.ui.forms;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.ChoiceOption;
import org.campo.form.runtime.Prompt;
import org.campo.ui.common.I18n;

/**
 * A select_one question. Radio buttons by default (vertical, or in a row for
 * {@code horizontal}, {@code horizontal-compact} and {@code likert}); a drop-down for
 * {@code minimal}; a filterable list for {@code autocomplete} and {@code search}, which suits
 * long lists such as districts. Choosing is answering: each change is saved at once.
 */
final class SelectOneWidget implements PromptWidget {
    private final Prompt prompt;
    private final AnswerSink sink;
    private final Node node;
    private Node focus;
    /** The value last answered, so re-choosing it is not saved twice. */
    private String current;
    private final TypeToSearch search = new TypeToSearch();

    SelectOneWidget(Prompt prompt, AnswerSink sink) {
        this.prompt = prompt;
        this.sink = sink;
        this.current = prompt.answer().map(Answer::toXFormValue).orElse(null);
        if (Appearances.has(prompt, "minimal")) {
            node = comboBox();
        } else if (Appearances.has(prompt, "autocomplete") || Appearances.has(prompt, "search")
                || Appearances.has(prompt, "quick") && prompt.choices().size() > 12) {
            node = filterableList();
        } else {
            node = radios(Appearances.has(prompt, "horizontal") || Appearances.has(prompt, "horizontal-compact")
                    || Appearances.has(prompt, "likert"));
        }
    }

    private Optional<String> chosen() {
        return prompt.answer().map(Answer::toXFormValue);
    }

    private void choose(ChoiceOption option) {
        if (option == null) {
            if (current != null) {
                current = null;
                sink.clear(prompt.ref());
            }
        } else if (!option.value().equals(current)) {
            current = option.value();
            sink.answer(prompt.ref(), new Answer.Choice(option.value()));
        }
    }

    static String label(ChoiceOption option) {
        return option.label() == null || option.label().isBlank() ? option.value() : option.label();
    }

    private Node radios(boolean inRow) {
        ToggleGroup group = new ToggleGroup();
        Pane box = inRow ? new FlowPane(18, 8) : new VBox(6);
        box.setId("q-" + Prompts.name(prompt));
        box.getStyleClass().add(Appearances.has(prompt, "likert") ? "likert" : "choices");
        List<ChoiceOption> choices = prompt.choices();
        for (int i = 0; i < choices.size(); i++) {
            ChoiceOption option = choices.get(i);
            RadioButton radio = new RadioButton((i < 9 ? (i + 1) + "  " : "") + label(option));
            radio.setId("q-" + Prompts.name(prompt) + "-" + option.value());
            radio.setUserData(option);
            radio.setToggleGroup(group);
            radio.setDisable(prompt.readOnly());
            radio.setWrapText(true);
            if (chosen().filter(option.value()::equals).isPresent()) {
                radio.setSelected(true);
            }
            if (Appearances.has(prompt, "likert")) {
                radio.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
                radio.setAlignment(Pos.CENTER);
            }
            box.getChildren().add(radio);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> choose(now == null ? null
                : (ChoiceOption) now.getUserData()));
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int index = ChoiceKeys.indexOf(e);
            if (index >= 0 && index < group.getToggles().size() && search.text().isEmpty()) {
                Toggle toggle = group.getToggles().get(index);
                toggle.setSelected(true);
                ((RadioButton) toggle).requestFocus();
                e.consume();
            }
        });
        Label searching = searchLine(choices.size());
        searchWith(box, index -> {
            RadioButton radio = (RadioButton) group.getToggles().get(index);
            radio.setSelected(true);
            radio.requestFocus();
        }, searching);
        focus = group.getSelectedToggle() instanceof RadioButton r ? r
                : box.getChildren().isEmpty() ? box : box.getChildren().get(0);
        return searching == null ? box : new VBox(6, searching, box);
    }

    /** Over long lists, a line saying that typing searches, and then what was typed. */
    private Label searchLine(int options) {
        if (options <= 9) {
            return null;
        }
        Label line = new Label(I18n.get("ui.forms.select.typeToSearch"));
        line.setId("q-" + Prompts.name(prompt) + "-search");
        line.getStyleClass().addAll("text-muted", "text-small");
        return line;
    }

    /** Letters typed in {@code node} pick the option they name (see {@link TypeToSearch}). */
    private void searchWith(Node node, java.util.function.IntConsumer pick, Label searching) {
        List<String> labels = prompt.choices().stream().map(SelectOneWidget::label).toList();
        javafx.event.EventHandler<KeyEvent> handler = e -> {
            if (search.take(e)) {
                int index = search.find(labels);
                if (index >= 0) {
                    pick.accept(index);
                }
                if (searching != null) {
                    searching.setText(search.text().isEmpty() ? I18n.get("ui.forms.select.typeToSearch")
                            : I18n.get(index >= 0 ? "ui.forms.select.searching" : "ui.forms.select.noMatch",
                            search.text()));
                }
                e.consume();
            }
        };
        node.addEventFilter(KeyEvent.KEY_TYPED, handler);
        node.addEventFilter(KeyEvent.KEY_PRESSED, handler);
    }

    private Node comboBox() {
        ComboBox<ChoiceOption> combo = new ComboBox<>(FXCollections.observableArrayList(prompt.choices()));
        combo.setId("q-" + Prompts.name(prompt));
        combo.setCellFactory(list -> new OptionCell());
        combo.setButtonCell(new OptionCell());
        combo.setPromptText(I18n.get("ui.forms.select.choose"));
        combo.setDisable(prompt.readOnly());
        combo.setMaxWidth(520);
        chosen().flatMap(this::option).ifPresent(combo.getSelectionModel()::select);
        combo.valueProperty().addListener((obs, old, now) -> choose(now));
        combo.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int index = ChoiceKeys.indexOf(e);
            if (index >= 0 && index < prompt.choices().size() && search.text().isEmpty()) {
                combo.getSelectionModel().select(index);
                e.consume();
            }
        });
        Label searching = searchLine(prompt.choices().size());
        searchWith(combo, combo.getSelectionModel()::select, searching);
        focus = combo;
        return searching == null ? combo : new VBox(6, searching, combo);
    }

    private Node filterableList() {
        TextField filter = new TextField();
        filter.setId("q-" + Prompts.name(prompt) + "-filter");
        filter.setPromptText(I18n.get("ui.forms.select.filter"));
        filter.setMaxWidth(420);
        FilteredList<ChoiceOption> shown = new FilteredList<>(FXCollections.observableArrayList(prompt.choices()));
        ListView<ChoiceOption> list = new ListView<>(shown);
        list.setId("q-" + Prompts.name(prompt));
        list.setCellFactory(l -> new OptionCell());
        list.setPrefHeight(Math.min(240, 28 * Math.max(3, prompt.choices().size()) + 4));
        list.setMaxWidth(420);
        list.setDisable(prompt.readOnly());
        chosen().flatMap(this::option).ifPresent(o -> {
            list.getSelectionModel().select(o);
            list.scrollTo(o);
        });
        filter.textProperty().addListener((obs, old, text) -> {
            String needle = Folding.fold(text);
            shown.setPredicate(o -> needle.isEmpty() || Folding.fold(label(o)).contains(needle));
        });
        filter.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !shown.isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().select(0);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && shown.size() == 1) {
                list.getSelectionModel().select(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                choose(now);
            }
        });
        focus = filter;
        VBox box = new VBox(4, filter, list);
        return box;
    }

    private Optional<ChoiceOption> option(String value) {
        return prompt.choices().stream().filter(o -> o.value().equals(value)).findFirst();
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public Node focusTarget() {
        return focus;
    }

    /** Shows an option by its label. */
    static final class OptionCell extends ListCell<ChoiceOption> {
        @Override
        protected void updateItem(ChoiceOption item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label(item));
        }
    }
}
