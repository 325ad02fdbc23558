package org.campo.ui.study;

import java.util.List;
import org.campo.study.Capability;
import org.campo.ui.audit.AuditView;
import org.campo.ui.settings.SettingsView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The registry of the study's sections, in navigation order. Adding a screen is one line here:
 * an id, a title key (in {@code ui.properties}), an icon, and a function from
 * {@link SectionContext} to its view.
 */
public final class Sections {
    private Sections() {
    }

    public static List<NavigationItem> all() {
        return List.of(
                new NavigationItem("home", "ui.nav.home", MaterialDesignH.HOME_OUTLINE, StudyOverviewView::new),
                new NavigationItem("forms", "ui.nav.forms", MaterialDesignF.FILE_DOCUMENT_OUTLINE,
                        org.campo.ui.forms.FormsView::new),
                new NavigationItem("data", "ui.nav.data", MaterialDesignD.DATABASE_OUTLINE,
                        study -> study.can(Capability.READ_RESPONSES),
                        ctx -> new EmptySectionView(MaterialDesignD.DATABASE_OUTLINE, "ui.empty.data.title",
                                "ui.empty.needsForm")),
                new NavigationItem("consent", "ui.nav.consent", MaterialDesignH.HANDSHAKE_OUTLINE,
                        study -> study.can(Capability.READ_CONSENT)
                                && (study.can(Capability.READ_AUDIT) || study.can(Capability.RECORD_CONSENT)),
                        org.campo.ui.consent.ConsentSectionView::new),
                new NavigationItem("sites", "ui.nav.sites", MaterialDesignM.MAP_MARKER_OUTLINE,
                        study -> study.can(Capability.COLLECT) || study.can(Capability.MANAGE_SITES),
                        org.campo.ui.sites.SitesView::new),
                new NavigationItem("export", "ui.nav.export", MaterialDesignE.EXPORT,
                        study -> study.can(Capability.EXPORT_DATA), org.campo.ui.export.ExportView::new),
                new NavigationItem("dashboard", "ui.nav.dashboard", MaterialDesignC.CHART_BAR,
                        study -> study.can(Capability.EXPORT_DATA), org.campo.ui.dashboard.DashboardView::new),
                new NavigationItem("audit", "ui.nav.audit", MaterialDesignS.SHIELD_CHECK_OUTLINE,
                        study -> study.can(Capability.READ_AUDIT), AuditView::new),
                new NavigationItem("settings", "ui.nav.settings", MaterialDesignC.COG_OUTLINE,
                        ctx -> new SettingsView(ctx.app().settings())));
    }
}
