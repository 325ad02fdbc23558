package org.campo.consent;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.crypto.Hashing;
import org.campo.model.ConsentScriptRow;
import org.campo.store.ConsentRepository;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * Consent texts. There is no edit: a changed text is added as the next version, and each
 * version is sealed in the audit chain, so the text a participant heard can be shown to an
 * IRB exactly as it was.
 */
public final class ConsentScriptService {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private static final String ASSIGNED = "consent.script.form.";
    private final OpenStudy study;
    private final ConsentRepository repository;

    public ConsentScriptService(OpenStudy study, ConsentRepository repository) {
        this.study = study;
        this.repository = repository;
    }

    /**
     * Adds the next version of script {@code key} in {@code language}.
     *
     * @param asks what the text asks for; must include {@link ConsentPermission#PARTICIPATE}
     */
    public ConsentScript add(String key, String language, String title, String body, Set<ConsentPermission> asks) {
        study.require(Capability.MANAGE_FORMS);
        if (key == null || !KEY.matcher(key).matches()) {
            throw new CampoException("consent.script.keyInvalid", String.valueOf(key));
        }
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new CampoException("consent.script.languageInvalid", String.valueOf(language));
        }
        if (title == null || title.isBlank() || body == null || body.isBlank()) {
            throw new CampoException("consent.script.textRequired");
        }
        if (asks == null || !asks.contains(ConsentPermission.PARTICIPATE)) {
            throw new CampoException("consent.script.participateRequired");
        }
        String sha = Hashing.sha256Hex(body.getBytes(StandardCharsets.UTF_8));
        return study.changes().apply(c -> {
            Optional<ConsentScriptRow> latest = repository.latestScript(key, language);
            if (latest.isPresent() && latest.get().sha256().equals(sha) && latest.get().title().equals(title)
                    && ScriptMapping.permissions(latest.get()).equals(EnumSet.copyOf(asks))) {
                throw new CampoException("consent.script.unchanged", key, latest.get().version(), language);
            }
            int version = latest.map(r -> r.version() + 1).orElse(1);
            List<String> codes = EnumSet.copyOf(asks).stream().map(ConsentPermission::code).toList();
            ConsentScriptRow row = new ConsentScriptRow(Ids.newId(), key, version, language, title.strip(), body, sha,
                    codes, study.clock().instant());
            repository.addScript(row);
            c.audit(AuditAction.CONSENT_SCRIPT_ADDED, "consent_script", row.id(), true,
                    "key=" + key + " version=" + version + " language=" + language + " sha256=" + sha);
            return ScriptMapping.toScript(row);
        });
    }

    public List<ConsentScript> list() {
        study.require(Capability.READ_CONSENT);
        return repository.scripts().stream().map(ScriptMapping::toScript).toList();
    }

    public ConsentScript get(String id) {
        study.require(Capability.READ_CONSENT);
        return repository.findScript(id).map(ScriptMapping::toScript)
                .orElseThrow(() -> new CampoException("consent.script.notFound", id));
    }

    /**
     * Names the script an interview form reads to its participants (the study's configuration,
     * one script key per form id); the consent screen of that form then offers only that script.
     */
    public void assign(String formId, String key) {
        study.require(Capability.MANAGE_FORMS);
        if (key == null || !KEY.matcher(key).matches()) {
            throw new CampoException("consent.script.keyInvalid", String.valueOf(key));
        }
        study.changes().run(c -> {
            c.repositories().settings().setSetting(ASSIGNED + formId, key);
            c.audit(AuditAction.CONSENT_SCRIPT_ASSIGNED, "form=" + formId + " key=" + key);
        });
    }

    /** The script key assigned to an interview form, if any. */
    public Optional<String> assignedTo(String formId) {
        return study.changes().read(r -> r.settings().setting(ASSIGNED + formId));
    }

    /**
     * The scripts to offer before an interview of {@code formId}, newest version of each language
     * first: those of the form's assigned script (in {@code language} when it exists in it, else
     * in every language it has); without an assignment, every script except the screening
     * scripts of anonymous surveys.
     */
    public List<ConsentScript> forForm(String formId, String language) {
        List<ConsentScript> all = list();
        Optional<String> key = assignedTo(formId);
        List<ConsentScript> ofForm = all.stream().filter(s -> key.map(s.key()::equals)
                .orElse(!s.key().startsWith("screening-"))).toList();
        List<ConsentScript> inLanguage = ofForm.stream().filter(s -> s.language().equals(language)).toList();
        return inLanguage.isEmpty() ? ofForm : inLanguage;
    }

    /** The newest version of a script in a language, the one to read to a new participant. */
    public Optional<ConsentScript> latest(String key, String language) {
        study.require(Capability.READ_CONSENT);
        return repository.latestScript(key, language).map(ScriptMapping::toScript);
    }
}
