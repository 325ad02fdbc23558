package org.campo.ui.consent;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.campo.study.Capability;
import org.campo.ui.frame.SectionContext;

/**
 * The Consent section by role: the read-only consent log for whoever may read the audit
 * (coordinators, the IRB), the participants and their withdrawals for whoever records consent
 * (coordinators, researchers). The IRB therefore only ever sees the log.
 */
public final class ConsentSectionView extends StackPane {

    public ConsentSectionView(SectionContext ctx) {
        setId("consent-section");
        boolean log = ctx.study().can(Capability.READ_AUDIT);
        boolean participants = ctx.study().can(Capability.RECORD_CONSENT);
        if (log && !participants) {
            getChildren().add(new ConsentLogView(ctx));
            return;
        }
        ParticipantsView people = new ParticipantsView(
                new ParticipantsViewModel(ctx.app().consent(ctx.study()), ctx.dialogs()));
        if (!log) {
            getChildren().add(people);
            return;
        }
        Tab logTab = new Tab(null, new ConsentLogView(ctx));
        logTab.setId("consent-tab-log");
        logTab.textProperty().bind(org.campo.ui.common.I18n.text("ui.consent.title"));
        Tab peopleTab = new Tab(null, people);
        peopleTab.setId("consent-tab-participants");
        peopleTab.textProperty().bind(org.campo.ui.common.I18n.text("ui.consent.participants.title"));
        TabPane tabs = new TabPane(logTab, peopleTab);
        if (ctx.study().can(Capability.MANAGE_FORMS)) {
            Tab scriptsTab = new Tab(null, new javafx.scene.control.ScrollPane(new ConsentScriptsView(
                    new ConsentScriptsViewModel(ctx.app().consent(ctx.study()).scripts()))));
            ((javafx.scene.control.ScrollPane) scriptsTab.getContent()).setFitToWidth(true);
            scriptsTab.setId("consent-tab-scripts");
            scriptsTab.textProperty().bind(org.campo.ui.common.I18n.text("ui.scripts.title"));
            tabs.getTabs().add(scriptsTab);
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getChildren().add(tabs);
    }
}
