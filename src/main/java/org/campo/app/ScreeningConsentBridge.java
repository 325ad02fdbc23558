package org.campo.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campo.collect.ScreeningConsent;
import org.campo.common.CampoException;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentServices;
import org.campo.consent.ScreeningAnswer;
import org.campo.crypto.Hashing;
import org.campo.study.OpenStudy;

/**
 * Connects the screening question of surveys to the consent feature: the question's text
 * becomes a versioned consent script ({@code screening-<form id>}), and each answer a consent
 * record. Lives in the composition root because it joins two features that must not know
 * each other.
 */
final class ScreeningConsentBridge implements ScreeningConsent {
    private static final Logger LOG = Logger.getLogger(ScreeningConsentBridge.class.getName());
    private final ConsentServices consent;
    private final OpenStudy study;

    ScreeningConsentBridge(ConsentServices consent, OpenStudy study) {
        this.consent = consent;
        this.study = study;
    }

    static String scriptKey(String formId) {
        String key = "screening-" + formId.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return key.length() > 40 ? key.substring(0, 40) : key;
    }

    /**
     * Adds a script version per language whose text changed. A language the consent feature
     * refuses (a name that is not a language code) is skipped and returned, so that the form
     * import goes on with a warning instead of failing over its consent script.
     */
    @Override
    public List<String> ensureScript(String formId, String title, Map<String, String> texts) {
        String key = scriptKey(formId);
        List<String> skipped = new ArrayList<>();
        texts.forEach((language, body) -> {
            if (body == null || body.isBlank()) {
                return;
            }
            String sha = Hashing.sha256Hex(body.getBytes(StandardCharsets.UTF_8));
            try {
                boolean same = consent.scripts().latest(key, language).map(s -> s.sha256().equals(sha)).orElse(false);
                if (!same) {
                    consent.scripts().add(key, language, title, body, Set.of(ConsentPermission.PARTICIPATE));
                }
            } catch (CampoException e) {
                LOG.log(Level.WARNING, "Screening consent script of " + formId + " not recorded for language "
                        + language + ": " + e.key());
                skipped.add(language);
            }
        });
        return List.copyOf(skipped);
    }

    @Override
    public String record(String formId, String languageCode, String siteCode, boolean agreed) {
        String key = scriptKey(formId);
        String language = consent.scripts().latest(key, languageCode).isPresent() ? languageCode
                : consent.scripts().list().stream().filter(s -> s.key().equals(key)).map(s -> s.language())
                        .findFirst().orElse(languageCode);
        String knownSite = siteCode != null && study.sites().findByCode(siteCode).isPresent() ? siteCode : null;
        return consent.consent().recordScreening(new ScreeningAnswer(key, language, knownSite, agreed, null))
                .participantId();
    }
}
