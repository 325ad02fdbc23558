package org.campo.ui.frame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.Node;
import org.campo.study.OpenStudy;
import org.kordamp.ikonli.Ikon;

/**
 * The study's sections in navigation order, and what sections contribute to each other.
 * The frame knows no section; {@code org.campo.ui.UiSections} registers them, one line each.
 *
 * <p>Sections never call each other. Where one section offers a place for others (Forms offers
 * the steps before an interview and the bar above its list), it defines an interface, and the
 * contributing section registers an implementation with {@link #contribute}; the receiving
 * section asks its {@link SectionContext#contributions} for them.
 */
public final class SectionRegistry {
    private final List<NavigationItem> sections = new ArrayList<>();
    private final Map<Class<?>, List<Object>> contributions = new LinkedHashMap<>();

    /** Adds a section every member sees. */
    public SectionRegistry section(String id, String titleKey, Ikon icon, Function<SectionContext, Node> view) {
        return section(new NavigationItem(id, titleKey, icon, view));
    }

    /** Adds a section shown to the members {@code visible} accepts (e.g. by capability). */
    public SectionRegistry section(String id, String titleKey, Ikon icon, Predicate<OpenStudy> visible,
                                   Function<SectionContext, Node> view) {
        return section(new NavigationItem(id, titleKey, icon, visible, view));
    }

    public SectionRegistry section(NavigationItem item) {
        if (sections.stream().anyMatch(s -> s.id().equals(item.id()))) {
            throw new IllegalArgumentException("section registered twice: " + item.id());
        }
        sections.add(item);
        return this;
    }

    /** Registers {@code contribution} at the extension point {@code point} of another section. */
    public <T> SectionRegistry contribute(Class<T> point, T contribution) {
        contributions.computeIfAbsent(point, p -> new ArrayList<>()).add(point.cast(contribution));
        return this;
    }

    /** Every section, in navigation order. */
    public List<NavigationItem> sections() {
        return List.copyOf(sections);
    }

    /** What was registered at {@code point}, in registration order. */
    public <T> List<T> contributions(Class<T> point) {
        return contributions.getOrDefault(point, List.of()).stream().map(point::cast).toList();
    }
}
