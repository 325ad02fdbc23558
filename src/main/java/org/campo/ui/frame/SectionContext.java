package org.campo.ui.frame;

import java.util.List;
import java.util.Optional;
import org.campo.app.AppContext;
import org.campo.common.TaskExecutor;
import org.campo.study.OpenStudy;
import org.campo.ui.common.DialogService;

/**
 * What a section's view gets to work with: the unlocked study, the composition root (the only
 * place services come from), the app's shared executor and dialogs, what other sections
 * contribute to this one, and a way to move to another section.
 */
public record SectionContext(OpenStudy study, AppContext app, TaskExecutor executor, DialogService dialogs,
                             SectionRegistry registry, SectionNavigator navigator, Object request) {

    /** Builds a context for a section shown on its own (tests, previews): no contributions, no navigation. */
    public SectionContext(OpenStudy study, AppContext app, TaskExecutor executor, DialogService dialogs) {
        this(study, app, executor, dialogs, new SectionRegistry(), SectionNavigator.NONE, null);
    }

    /** The same context carrying what another section asked this one to do when it is shown. */
    public SectionContext withRequest(Object newRequest) {
        return new SectionContext(study, app, executor, dialogs, registry, navigator, newRequest);
    }

    /** What the section was asked to do on this showing, if it is of {@code type}. */
    public <T> Optional<T> request(Class<T> type) {
        return type.isInstance(request) ? Optional.of(type.cast(request)) : Optional.empty();
    }

    /** What other sections registered at {@code point} (an interface the receiving section defines). */
    public <T> List<T> contributions(Class<T> point) {
        return registry.contributions(point);
    }
}
