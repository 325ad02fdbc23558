package org.campo.app;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.campo.collect.ScreeningConsent;
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

    @Override
    public void ensureScript(String formId, String title, Map<String, String> texts) {
        String key = scriptKey(formId);
        texts.forEach((language, body) -> {
            if (body == null || body.isBlank()) {
                return;
            }
            String sha = Hashing.sha256Hex(body.getBytes(StandardCharsets.UTF_8));
            boolean same = consent.scripts().latest(key, language).map(s -> s.sha256().equals(sha)).orElse(false);
            if (!same) {
                consent.scripts().add(key, language, title, body, Set.of(ConsentPermission.PARTICIPATE));
            }
        });
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
