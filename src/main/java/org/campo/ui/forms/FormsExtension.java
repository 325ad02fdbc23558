package org.campo.ui.forms;

import javafx.scene.Node;
import org.campo.ui.frame.SectionContext;

/**
 * The Forms section's extension point: other sections add to it without Forms knowing them
 * (the sites feature puts the enumerator's shift above the list, the consent feature takes
 * over "new submission" of interviews). Registered in {@code org.campo.ui.UiSections}.
 */
@FunctionalInterface
public interface FormsExtension {

    /** Called each time the Forms section is built. */
    void extend(SectionContext ctx, Host forms);

    /** What the Forms section lets an extension do. */
    interface Host {
        /** Adds a bar above the forms list. */
        void addAboveList(Node bar);

        /** Shows a page in place of the forms list; null shows the list again. */
        void showInstead(Node page);

        /** Hands "new submission" of the forms it handles to {@code starter}. */
        void setInterviewStarter(InterviewStarter starter);
    }
}
