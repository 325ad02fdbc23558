package org.campo.form.runtime;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.campo.common.CampoException;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.util.externalizable.DeserializationException;
import org.javarosa.core.util.externalizable.ExtUtil;

/**
 * A parsed, reusable XForm: metadata for listing and for export decisions, plus the serialized
 * engine definition from which each {@link FormSession} gets its own fresh copy (JavaRosa form
 * definitions hold the instance being filled, so they cannot be shared between sessions).
 * Obtain one from {@link FormLoader}.
 */
public final class FormDefinition {
    private final String sha256;
    private final String formId;
    private final String version;
    private final String title;
    private final List<String> languages;
    private final String defaultLanguage;
    private final Set<String> sensitivePaths;
    private final Set<String> repeatPaths;
    /** Engine bytes, or null when the definition cannot be serialized (then {@code xform} is parsed). */
    private final byte[] serialized;
    private final String xform;
    private final FormAttachments attachments;

    /** A definition read back once already, handed to the first session to spare a second read. */
    private final AtomicReference<FormDef> spare;

    private FormDefinition(String sha256, FormMetadata metadata, byte[] serialized, String xform,
                           FormAttachments attachments, FormDef spare) {
        this.sha256 = sha256;
        this.formId = metadata.formId();
        this.version = metadata.version();
        this.title = metadata.title();
        this.languages = metadata.languages();
        this.defaultLanguage = metadata.defaultLanguage();
        this.sensitivePaths = metadata.sensitivePaths();
        this.repeatPaths = metadata.repeatPaths();
        this.serialized = serialized;
        this.xform = xform;
        this.attachments = attachments;
        this.spare = new AtomicReference<>(spare);
    }

    /**
     * Reads serialized bytes back (proving they are usable) and takes the metadata from the result.
     * Callers must hold the {@link JavaRosaEnvironment} lock.
     */
    static FormDefinition fromSerialized(String sha256, byte[] serialized, FormAttachments attachments) {
        FormDef formDef = deserialize(serialized, sha256);
        return new FormDefinition(sha256, FormMetadata.of(formDef), serialized, null, attachments, formDef);
    }

    /**
     * A definition that is parsed again for every session. Used when JavaRosa cannot read its
     * own serialization back, which happens when an external instance file is missing.
     */
    static FormDefinition reparsing(String sha256, FormDef parsed, String xform, FormAttachments attachments) {
        return new FormDefinition(sha256, FormMetadata.of(parsed), null, xform, attachments, parsed);
    }

    /** Hex SHA-256 of the XForm text, the form's identity in the cache and in the study file. */
    public String sha256() {
        return sha256;
    }

    /** The instance root's {@code id} attribute (XLSForm {@code form_id}). */
    public String formId() {
        return formId;
    }

    /** The instance root's {@code version} attribute, if any. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    public String title() {
        return title;
    }

    /** Form languages (itext), empty for a monolingual form. */
    public List<String> languages() {
        return languages;
    }

    public Optional<String> defaultLanguage() {
        return Optional.ofNullable(defaultLanguage);
    }

    /**
     * Whether the field at this path was marked {@code campo:sensitive="yes"}. Accepts generic
     * paths ({@code /data/hh/name}) and indexed ones ({@code /data/hh[2]/name}).
     */
    public boolean isSensitive(String path) {
        return sensitivePaths.contains(FormPaths.generic(path));
    }

    /** Generic paths of every sensitive field, for exports and summaries to leave out. */
    public Set<String> sensitivePaths() {
        return sensitivePaths;
    }

    /** Generic paths of the repeat groups, which {@link InstanceReader} flattens into tables. */
    public Set<String> repeatPaths() {
        return repeatPaths;
    }

    public FormAttachments attachments() {
        return attachments;
    }

    /** The dataset shape (variables, repeats, labels, choices), computed once. */
    public FormSchema schema() {
        FormSchema s = schema;
        if (s == null) {
            s = JavaRosaEnvironment.call(attachments, null, () -> FormSchemaReader.read(newFormDef(), this));
            schema = s;
        }
        return s;
    }

    private volatile FormSchema schema;

    /** A fresh engine definition; callers must hold the {@link JavaRosaEnvironment} lock. */
    FormDef newFormDef() {
        FormDef unused = spare.getAndSet(null);
        if (unused != null) {
            return unused;
        }
        return serialized != null ? deserialize(serialized, formId) : FormLoader.parse(sha256, xform);
    }

    private static FormDef deserialize(byte[] serialized, String name) {
        FormDef formDef = new FormDef();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            formDef.readExternal(in, ExtUtil.defaultPrototypes());
            return formDef;
        } catch (IOException | DeserializationException | RuntimeException e) {
            throw new CampoException(e, "form.runtime.cannotOpen", name);
        }
    }

    @Override
    public String toString() {
        return formId + (version == null ? "" : " v" + version);
    }
}
