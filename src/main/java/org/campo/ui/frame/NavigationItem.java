package org.campo.ui.frame;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.Node;
import org.campo.study.OpenStudy;
import org.kordamp.ikonli.Ikon;

/**
 * One entry of the study's left navigation.
 *
 * @param id       stable id, used for the node id ({@code nav-<id>}) and in tests
 * @param titleKey message key of the label
 * @param icon     the icon beside the label
 * @param visible  whether this member sees the section (e.g. by role)
 * @param view     builds the section's view; called each time the section is selected, so a
 *                 section always shows current data
 */
public record NavigationItem(String id, String titleKey, Ikon icon, Predicate<OpenStudy> visible,
                             Function<SectionContext, Node> view) {

    /** A section every member sees. */
    public NavigationItem(String id, String titleKey, Ikon icon, Function<SectionContext, Node> view) {
        this(id, titleKey, icon, study -> true, view);
    }
}
