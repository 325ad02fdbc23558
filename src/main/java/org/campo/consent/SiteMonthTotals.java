package org.campo.consent;

import java.time.YearMonth;

/**
 * Counts for one site in one month (of the consent date). Counts only: IRB reviewers may see
 * them, and they hold no attribute that could single someone out.
 *
 * @param siteCode the site, or {@code null} for consents recorded without one
 */
public record SiteMonthTotals(String siteCode, YearMonth month, int consents, int participationGranted,
                              int participationRefused, int withdrawn) {
}
