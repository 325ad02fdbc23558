package org.campo.form.runtime;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.campo.common.CampoException;
import org.javarosa.core.model.FormDef;
import org.javarosa.xform.parse.XFormParser;

/**
 * Turns XForm text into a {@link FormDefinition}, using a {@link FormDefinitionCache} so that a
 * form parsed once opens quickly afterwards. A form that JavaRosa rejects fails with
 * {@code form.runtime.invalidForm} and the engine's reason, because that reason (a bad XPath, an
 * unknown reference) is what a form author needs to fix it.
 */
public final class FormLoader {
    private static final Logger LOG = Logger.getLogger(FormLoader.class.getName());
    /** Changes whenever the serialized format may change, i.e. with the JavaRosa version. */
    static final String SERIAL_FORMAT = "javarosa-6.0.0";

    private final FormDefinitionCache cache;
    /**
     * Definitions this loader already read. A definition is reusable (each session gets its own
     * engine copy), so the services that each ask for a form's definition share one read instead
     * of deserializing a large form again every time.
     */
    private final java.util.Map<String, FormDefinition> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    public FormLoader(FormDefinitionCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** Loads a form that needs no attachments. */
    public FormDefinition load(String xform) {
        return load(xform, FormAttachments.none());
    }

    /**
     * Loads a form whose secondary instances, {@code pulldata} CSVs and media are in
     * {@code attachments}. Missing attachments leave empty choice lists rather than failing, as
     * in ODK, so a form can still be inspected before its files are imported.
     */
    public FormDefinition load(String xform, FormAttachments attachments) {
        Objects.requireNonNull(xform, "xform");
        Objects.requireNonNull(attachments, "attachments");
        String sha = sha256(xform);
        String key = sha + "." + SERIAL_FORMAT;
        return loaded.computeIfAbsent(sha + "|" + attachments, k -> read(xform, attachments, sha, key));
    }

    /**
     * Whether the engine accepts a form, as {@link #load(String)} would, without keeping
     * anything: the form is parsed (throwing {@code form.runtime.invalidForm} as a load does) and
     * the parsed definition dropped. For checks of a workbook that is not being imported
     * ({@code campo form check}, {@code campo form compile}), where serializing the definition
     * and reading it back would only cost time and memory.
     */
    public void check(String xform) {
        Objects.requireNonNull(xform, "xform");
        JavaRosaEnvironment.call(FormAttachments.none(), null, () -> FormMetadata.of(parse(sha256(xform), xform)));
    }

    private FormDefinition read(String xform, FormAttachments attachments, String sha, String key) {
        return JavaRosaEnvironment.call(attachments, null, () -> {
            Optional<FormDefinition> cached = fromCache(sha, key, xform, attachments);
            if (cached.isPresent()) {
                return cached.get();
            }
            FormDef formDef = parse(sha, xform);
            byte[] bytes = serialize(formDef);
            try {
                FormDefinition definition = FormDefinition.fromSerialized(sha, bytes, attachments);
                cache.put(key, bytes);
                return definition;
            } catch (CampoException e) {
                LOG.log(Level.INFO, "Form " + sha + " cannot be cached; it will be parsed each time", e);
                return FormDefinition.reparsing(sha, parse(sha, xform), xform, attachments);
            }
        });
    }

    private Optional<FormDefinition> fromCache(String sha, String key, String xform, FormAttachments attachments) {
        Optional<byte[]> bytes = cache.get(key);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        LargeChoiceLists.register(sha, xform);
        try {
            return Optional.of(FormDefinition.fromSerialized(sha, bytes.get(), attachments));
        } catch (CampoException e) {
            LOG.log(Level.WARNING, "Cached form definition unreadable; parsing again", e);
            return Optional.empty();
        }
    }

    /**
     * Parses an XForm whose SHA-256 is {@code sha}; large choice lists go to the engine as
     * external instances ({@link LargeChoiceLists}). Callers hold the {@link JavaRosaEnvironment} lock.
     */
    static FormDef parse(String sha, String xform) {
        try {
            FormDef formDef = new XFormParser(EngineDocument.read(LargeChoiceLists.split(sha, xform))).parse();
            if (formDef == null) {
                throw new CampoException("form.runtime.invalidForm", "empty document");
            }
            return formDef;
        } catch (CampoException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : shorten(e.getMessage());
            throw new CampoException(e, "form.runtime.invalidForm", reason);
        }
    }

    private static byte[] serialize(FormDef formDef) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            formDef.writeExternal(out);
        } catch (IOException e) {
            throw new CampoException(e, "form.runtime.invalidForm", e.getMessage());
        }
        return bytes.toByteArray();
    }

    /** Engine messages can list hundreds of nodes; the first lines say what is wrong. */
    static String shorten(String message) {
        if (message == null) {
            return "";
        }
        String stripped = message.strip();
        return stripped.length() <= 400 ? stripped : stripped.substring(0, 400) + "...";
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
