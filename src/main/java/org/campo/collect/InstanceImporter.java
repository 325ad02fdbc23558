package org.campo.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.form.runtime.InstanceValidator;
import org.campo.form.runtime.SessionContext;
import org.campo.model.FormVersion;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.store.StoreException;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * Brings XForm instances collected elsewhere (exported by ODK Briefcase or ODK Central, or
 * saved by Collect) into a study as final submissions. An instance names its form in the
 * root element's {@code id} and its version in {@code version}; its {@code meta/instanceID}
 * is the identity ODK tools keep across copies, so an instance already in the study (or twice
 * in one import) is skipped rather than counted twice. Every file is checked against its form
 * version before anything is stored ({@link InstanceValidator}: encoding, well-formed XML without
 * DTD or entities, known elements, types, required answers and constraints), and all new submissions are stored in one transaction: an import never stops
 * half-way.
 */
public final class InstanceImporter {
    private static final Logger LOG = Logger.getLogger(InstanceImporter.class.getName());
    private final OpenStudy study;
    private final FormLibrary library;

    public InstanceImporter(OpenStudy study, FormLibrary library) {
        this.study = study;
        this.library = library;
    }

    /** One file to import: its name (for messages and the audit trail) and its bytes. */
    public record InstanceFile(String name, byte[] content) {

        /**
         * Reads a file, refusing one larger than {@link InstanceValidator#MAX_BYTES} without reading
         * further (a device such as /dev/zero never ends).
         */
        public static InstanceFile read(Path path) {
            String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes(InstanceValidator.MAX_BYTES + 1);
                if (bytes.length > InstanceValidator.MAX_BYTES) {
                    throw new CampoException("collect.instanceTooLarge", name, InstanceValidator.MAX_BYTES / (1024 * 1024));
                }
                return new InstanceFile(name, bytes);
            } catch (IOException e) {
                throw new CampoException(e, "collect.instanceFileUnreadable", path.toString());
            }
        }
    }

    /**
     * @param imported   instanceIDs stored
     * @param duplicates instanceIDs skipped because the study (or an earlier file) already had them
     */
    public record Result(List<String> imported, List<String> duplicates) {
        public Result {
            imported = List.copyOf(imported);
            duplicates = List.copyOf(duplicates);
        }
    }

    public Result importInstances(String formId, List<InstanceFile> files) {
        study.require(Capability.COLLECT);
        FormVersion latest = library.latest(formId);
        List<Submission> toStore = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> imported = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Set<String> known = new HashSet<>();
        Map<String, InstanceValidator> validators = new HashMap<>();
        SessionContext context = new SessionContext(study.deviceId(), study.member().userName(), study.clock());
        for (InstanceFile file : files) {
            if (file.content().length > InstanceValidator.MAX_BYTES) {
                throw new CampoException("collect.instanceTooLarge", file.name(), InstanceValidator.MAX_BYTES / (1024 * 1024));
            }
            String xml = InstanceValidator.decode(file.name(), file.content());
            Header header = header(file.name(), xml);
            if (!formId.equals(header.formId())) {
                throw new CampoException("collect.instanceFormMismatch", file.name(), formId);
            }
            FormVersion version = header.version() == null || header.version().isBlank() ? latest
                    : study.forms().find(formId, header.version()).orElseThrow(() -> new CampoException(
                    "collect.instanceVersionUnknown", file.name(), formId, header.version()));
            if (header.instanceId() == null || header.instanceId().isBlank()) {
                throw new CampoException("collect.instanceNoId", file.name());
            }
            if (!known.add(header.instanceId()) || study.submissions().containsInstance(header.instanceId())) {
                duplicates.add(header.instanceId());
                continue;
            }
            validators.computeIfAbsent(version.id(),
                    id -> new InstanceValidator(library.definition(version), version.xform()))
                    .check(file.name(), xml, context);
            var now = study.clock().instant();
            toStore.add(new Submission(Ids.newId(), version.id(), SubmissionStatus.FINAL, 1, now, now, null,
                    study.deviceId(), study.member().id(), null, xml));
            names.add(file.name());
            imported.add(header.instanceId());
        }
        SubmissionRows rows = new SubmissionRows(study, library);
        if (!toStore.isEmpty()) {
            List<String> stored = new ArrayList<>();
            study.changes().run(c -> {
                for (int i = 0; i < toStore.size(); i++) {
                    Submission s = toStore.get(i);
                    String instanceId = imported.get(i);
                    String name = names.get(i);
                    try {
                        // a savepoint each: another import that stored the same instance meanwhile makes this
                        // one a duplicate, without undoing the rest of the batch
                        study.changes().run(one -> {
                            one.repositories().submissions().insert(s);
                            rows.keep(s); // exports read this flattened copy instead of the instance
                            one.audit(AuditAction.SUBMISSIONS_IMPORTED, "submission", s.id(), true,
                                    "form=" + formId + " instanceID=" + instanceId + " file=" + name);
                        });
                        stored.add(instanceId);
                    } catch (StoreException e) {
                        if (!"store.duplicateInstance".equals(e.key())) {
                            throw e;
                        }
                        duplicates.add(instanceId);
                    }
                }
                if (stored.isEmpty()) {
                    c.audit(AuditAction.SUBMISSIONS_IMPORTED, "form=" + formId + " nothing new");
                }
            });
            return new Result(stored, duplicates);
        }
        return new Result(imported, duplicates);
    }

    /** What an instance says about itself: root {@code id} and {@code version}, {@code meta/instanceID}. */
    record Header(String formId, String version, String instanceId) {
    }

    static Header header(String name, String xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
            String formId = null;
            String version = null;
            java.util.Deque<String> path = new java.util.ArrayDeque<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (path.isEmpty()) {
                        formId = r.getAttributeValue(null, "id");
                        version = r.getAttributeValue(null, "version");
                    }
                    String parent = path.peek();
                    path.push(r.getLocalName());
                    if (path.size() == 3 && "instanceID".equals(r.getLocalName()) && "meta".equals(parent)) {
                        return new Header(formId, version, r.getElementText().trim());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    path.pop();
                }
            }
            if (formId == null) {
                throw new CampoException("collect.instanceEmpty", name);
            }
            return new Header(formId, version, null);
        } catch (XMLStreamException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE") || message.contains("DTD") || message.contains("ntity")) {
                throw new CampoException(e, "form.runtime.instanceDtd", name);
            }
            var at = e.getLocation();
            throw new CampoException(e, "collect.instanceUnreadable", name, at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber());
        }
    }
}
