package org.campo.ui;

import org.campo.merge.MergeService;
import org.campo.study.Capability;
import org.campo.ui.audit.AuditView;
import org.campo.ui.qda.WorkbenchView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.campo.ui.consent.ConsentSectionView;
import org.campo.ui.consent.InterviewStartView;
import org.campo.ui.dashboard.DashboardView;
import org.campo.ui.export.ExportView;
import org.campo.ui.forms.FormsExtension;
import org.campo.ui.forms.FormsView;
import org.campo.ui.data.DataView;
import org.campo.ui.frame.SectionRegistry;
import org.campo.ui.merge.MergeView;
import org.campo.ui.settings.SettingsView;
import org.campo.ui.sites.ShiftBar;
import org.campo.ui.sites.SitesView;
import org.campo.ui.study.StudyOverviewView;
import org.campo.ui.triangulation.TriangulationSection;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The study's sections, in navigation order, and what they contribute to each other. Adding a
 * screen is one line here: an id, a title key (in the section's message bundle), an icon, who
 * sees it, and a function from {@link org.campo.ui.frame.SectionContext} to its view.
 * This is the only class that knows every section; sections never refer to each other.
 */
public final class UiSections {
    private UiSections() {
    }

    public static SectionRegistry standard() {
        return new SectionRegistry()
                .section("home", "ui.nav.home", MaterialDesignH.HOME_OUTLINE, StudyOverviewView::new)
                .section("forms", "ui.nav.forms", MaterialDesignF.FILE_DOCUMENT_OUTLINE, FormsView::new)
                .section("data", "ui.nav.data", MaterialDesignD.DATABASE_OUTLINE,
                        study -> study.can(Capability.READ_RESPONSES),
DataView::new)
                .section("consent", "ui.nav.consent", MaterialDesignH.HANDSHAKE_OUTLINE,
                        study -> study.can(Capability.READ_CONSENT)
                                && (study.can(Capability.READ_AUDIT) || study.can(Capability.RECORD_CONSENT)),
                        ConsentSectionView::new)
                .section("sites", "ui.nav.sites", MaterialDesignM.MAP_MARKER_OUTLINE,
                        study -> study.can(Capability.COLLECT) || study.can(Capability.MANAGE_SITES), SitesView::new)
                .section("analysis", "ui.nav.analysis", MaterialDesignT.TAG_TEXT_OUTLINE,
                        study -> study.can(Capability.READ_RESPONSES), WorkbenchView::new)
                .section("export", "ui.nav.export", MaterialDesignE.EXPORT,
                        study -> study.can(Capability.EXPORT_DATA), ExportView::new)
                .section("triangulation", "ui.nav.triangulation", MaterialDesignT.TABLE_EYE,
                        study -> study.can(Capability.READ_RESPONSES), TriangulationSection::new)
                .section("dashboard", "ui.nav.dashboard", MaterialDesignC.CHART_BAR,
                        study -> study.can(Capability.EXPORT_DATA), DashboardView::new)
                .section("merge", "ui.nav.merge", MaterialDesignS.SOURCE_MERGE, study -> study.can(Capability.MANAGE_MEMBERS)
                        || (study.can(Capability.COLLECT) && MergeService.isLaptop(study)), MergeView::new)
                .section("audit", "ui.nav.audit", MaterialDesignS.SHIELD_CHECK_OUTLINE,
                        study -> study.can(Capability.READ_AUDIT), AuditView::new)
                .section("settings", "ui.nav.settings", MaterialDesignC.COG_OUTLINE,
                        ctx -> new SettingsView(ctx.app().settings()))
                .contribute(FormsExtension.class, ShiftBar::extendForms)
                .contribute(FormsExtension.class, InterviewStartView::extendForms);
    }
}
