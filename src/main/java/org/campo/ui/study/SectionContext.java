package org.campo.ui.study;

import org.campo.app.AppContext;
import org.campo.common.TaskExecutor;
import org.campo.study.OpenStudy;
import org.campo.ui.common.DialogService;

/** What a section's view gets to work with: the unlocked study and the app's shared services. */
public record SectionContext(OpenStudy study, AppContext app, TaskExecutor executor, DialogService dialogs) {
}
