package org.campo.ui.frame;

/**
 * Moves the study frame to another section by id, e.g. Home's "start the next survey" opening
 * Forms. A section names the target by its registered id, never by its class.
 */
@FunctionalInterface
public interface SectionNavigator {
    /** A navigator that goes nowhere (a section shown outside the frame). */
    SectionNavigator NONE = (id, request) -> false;

    /**
     * Shows section {@code id}, handing it {@code request} (null for none); false when this
     * member has no such section.
     */
    boolean show(String id, Object request);
}
