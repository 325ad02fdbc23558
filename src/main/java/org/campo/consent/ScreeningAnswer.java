package org.campo.consent;

/**
 * The flow survey's screening consent question, as the form code hands it over. Flow
 * monitoring respondents are anonymous: without a code the service generates one
 * ({@code FM-} and random characters) so that later withdrawal still finds their data.
 *
 * @param participantCode an existing or new code, or null to generate one
 */
public record ScreeningAnswer(String scriptKey, String language, String siteCode, boolean agreed,
                              String participantCode) {
}
