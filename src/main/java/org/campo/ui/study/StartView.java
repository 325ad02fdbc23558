package org.campo.ui.study;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.campo.ui.common.Controls;
import org.campo.ui.settings.LanguageSelector;
import org.campo.ui.settings.SettingsViewModel;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The welcome screen: create a study, open one, or reopen the recent one. */
public final class StartView extends BorderPane {

    public StartView(StartViewModel model, SettingsViewModel settings) {
        setId("start");
        setTop(languageBar(settings));

        Label title = Controls.label("ui.app.name");
        title.getStyleClass().addAll(Styles.TITLE_1, "app-title");
        Label tagline = Controls.hint("ui.start.tagline");
        tagline.setMaxWidth(460);
        tagline.setStyle("-fx-text-alignment: center;");

        Button create = Controls.accentButton("create-study", "ui.start.create", MaterialDesignP.PLUS_CIRCLE_OUTLINE);
        create.setOnAction(e -> model.create());
        Button open = Controls.button("open-study", "ui.start.open", MaterialDesignF.FOLDER_OPEN_OUTLINE);
        open.setOnAction(e -> model.open());
        Button join = Controls.button("join-study", "ui.start.join", MaterialDesignA.ACCOUNT_PLUS_OUTLINE);
        join.setOnAction(e -> model.join());
        for (Button b : new Button[] {create, open, join}) {
            b.getStyleClass().add(Styles.LARGE);
            b.setMinWidth(200);
        }
        HBox actions = new HBox(12, create, open, join);
        actions.setAlignment(Pos.CENTER);

        var logo = Controls.icon(MaterialDesignS.SHIELD_LOCK_OUTLINE, 64);
        logo.getStyleClass().add("start-logo");
        VBox center = new VBox(16, logo, title, tagline, actions);
        center.setAlignment(Pos.CENTER);
        center.setPadding(new Insets(24));
        model.recentStudy().ifPresent(recent -> center.getChildren().add(recentCard(model, recent)));
        setCenter(center);
    }

    private static VBox recentCard(StartViewModel model, Path recent) {
        Label caption = Controls.label("ui.start.recent");
        caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button reopen = new Button(recent.getFileName().toString(), Controls.icon(MaterialDesignH.HISTORY, 18));
        reopen.setId("open-recent");
        reopen.getStyleClass().add(Styles.FLAT);
        reopen.setOnAction(e -> model.openRecent());
        Label folder = new Label(String.valueOf(recent.toAbsolutePath().getParent()));
        folder.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox card = new VBox(4, caption, reopen, folder);
        card.setAlignment(Pos.CENTER);
        card.setPadding(new Insets(24, 0, 0, 0));
        return card;
    }

    /** The language choice sits at the top right of screens shown before a study is unlocked. */
    static HBox languageBar(SettingsViewModel settings) {
        HBox bar = new HBox(8, Controls.icon(MaterialDesignT.TRANSLATE, 18),
                new LanguageSelector(settings));
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(12, 16, 0, 16));
        return bar;
    }
}
