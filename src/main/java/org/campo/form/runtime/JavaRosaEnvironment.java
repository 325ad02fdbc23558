package org.campo.form.runtime;

import java.util.Optional;
import java.util.function.Supplier;

import org.javarosa.core.model.CoreModelModule;
import org.javarosa.core.model.actions.setgeopoint.SetGeopointActionHandler;
import org.javarosa.core.reference.ReferenceManager;
import org.javarosa.core.services.PropertyManager;
import org.javarosa.core.services.PrototypeManager;
import org.javarosa.core.util.JavaRosaCoreModule;
import org.javarosa.model.xform.XFormsModule;
import org.javarosa.xform.parse.ExternalInstanceParser;
import org.javarosa.xform.parse.XFormParser;
import org.javarosa.xform.util.XFormUtils;

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
    private static SessionContext session;

    static {
        PrototypeManager.registerPrototypes(JavaRosaCoreModule.classNames);
        PrototypeManager.registerPrototypes(CoreModelModule.classNames);
        new XFormsModule().registerModule();
        PrototypeManager.registerPrototype(CampoSetGeopointAction.class.getName());
        XFormParser.registerActionHandler(SetGeopointActionHandler.ELEMENT_NAME, new CampoSetGeopointActionHandler());
        ReferenceManager.instance().addReferenceFactory(new AttachmentReferenceFactory());
        XFormUtils.setExternalInstanceParserFactory(() -> {
            ExternalInstanceParser parser = new ExternalInstanceParser();
            parser.addInstanceProvider(LargeChoiceLists.PROVIDER);
            return parser;
        });
        PropertyManager.setPropertyManager(new SessionPropertyManager());
    }

    private JavaRosaEnvironment() {
    }

    /**
     * Runs engine work with the given form's attachments and the session's device, user and
     * location visible to JavaRosa. {@code forSession} is null while only parsing a form.
     */
    static <T> T call(FormAttachments forAttachments, SessionContext forSession, Supplier<T> work) {
        synchronized (LOCK) {
            FormAttachments previousAttachments = attachments;
            SessionContext previousSession = session;
            attachments = forAttachments;
            session = forSession;
            try {
                return work.get();
            } finally {
                attachments = previousAttachments;
                session = previousSession;
            }
        }
    }

    static FormAttachments currentAttachments() {
        synchronized (LOCK) {
            return attachments;
        }
    }

    static LocationProvider currentLocation() {
        synchronized (LOCK) {
            return session == null ? LocationProvider.none() : session.location();
        }
    }

    /** The session on whose behalf the engine runs, or empty while parsing. */
    static Optional<SessionContext> currentSession() {
        synchronized (LOCK) {
            return Optional.ofNullable(session);
        }
    }
}
