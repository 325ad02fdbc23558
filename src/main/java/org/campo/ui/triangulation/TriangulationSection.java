package org.campo.ui.triangulation;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.campo.ui.common.I18n;
import org.campo.ui.frame.SectionContext;

/** The Triangulation section: the matrix, and two coders side by side. */
public final class TriangulationSection extends TabPane {

    public TriangulationSection(SectionContext ctx) {
        setId("triangulation-section");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab matrix = new Tab();
        matrix.setId("triangulation-tab-matrix");
        matrix.textProperty().bind(I18n.text("ui.triangulation.tab.matrix"));
        matrix.setContent(new TriangulationView(ctx));
        Tab coders = new Tab();
        coders.setId("triangulation-tab-agreement");
        coders.textProperty().bind(I18n.text("ui.triangulation.tab.agreement"));
        // Built when first opened: comparing reads the whole analysis.
        coders.selectedProperty().addListener((obs, was, now) -> {
            if (now && coders.getContent() == null) {
                coders.setContent(new AgreementView(new AgreementViewModel(
                        () -> ctx.app().qda(ctx.study()).snapshot(), ctx.executor(),
                        () -> ctx.app().qda(ctx.study()).consensus())));
            }
        });
        getTabs().addAll(matrix, coders);
    }
}
