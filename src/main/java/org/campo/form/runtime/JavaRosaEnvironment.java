package org.campo.form.runtime;

import java.util.function.Supplier;

import org.javarosa.core.model.CoreModelModule;
import org.javarosa.core.model.actions.setgeopoint.SetGeopointActionHandler;
import org.javarosa.core.reference.ReferenceManager;
import org.javarosa.core.services.PrototypeManager;
import org.javarosa.model.xform.XFormsModule;
import org.javarosa.xform.parse.XFormParser;

/**
 * JavaRosa keeps process-wide state: the reference manager that resolves {@code jr://} URIs, the
 * prototype registry used to read serialized forms, and parser action handlers. This class sets
 * that state up once and serializes every engine call behind one lock, installing the calling
 * form's attachments and location provider for the duration of the call. One interviewer uses
 * the app at a time, so a single lock costs nothing and rules out cross-talk between forms.
 */
final class JavaRosaEnvironment {
    private static final Object LOCK = new Object();
    private static FormAttachments attachments = FormAttachments.none();
    private static LocationProvider location = LocationProvider.none();

    static {
        PrototypeManager.registerPrototypes(CoreModelModule.classNames);
        new XFormsModule().registerModule();
        PrototypeManager.registerPrototype(CampoSetGeopointAction.class.getName());
        XFormParser.registerActionHandler(SetGeopointActionHandler.ELEMENT_NAME, new CampoSetGeopointActionHandler());
        ReferenceManager.instance().addReferenceFactory(new AttachmentReferenceFactory());
    }

    private JavaRosaEnvironment() {
    }

    /** Runs engine work with the given form's attachments and location visible to JavaRosa. */
    static <T> T call(FormAttachments forAttachments, LocationProvider forLocation, Supplier<T> work) {
        synchronized (LOCK) {
            FormAttachments previousAttachments = attachments;
            LocationProvider previousLocation = location;
            attachments = forAttachments;
            location = forLocation;
            try {
                return work.get();
            } finally {
                attachments = previousAttachments;
                location = previousLocation;
            }
        }
    }

    static void run(FormAttachments forAttachments, LocationProvider forLocation, Runnable work) {
        call(forAttachments, forLocation, () -> {
            work.run();
            return null;
        });
    }

    static FormAttachments currentAttachments() {
        synchronized (LOCK) {
            return attachments;
        }
    }

    static LocationProvider currentLocation() {
        synchronized (LOCK) {
            return location;
        }
    }
}
