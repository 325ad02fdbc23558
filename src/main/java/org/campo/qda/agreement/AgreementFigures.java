package org.campo.qda.agreement;

/**
 * Agreement over one stretch of text (a code in a source, or an aggregate of them).
 *
 * @param units       characters compared (code points)
 * @param allCoded    characters every coder coded
 * @param someCoded   characters some but not all coders coded (the disagreement)
 * @param noneCoded   characters no coder coded
 * @param percent     share of characters on which all coders agree (coded or not), 0..1
 * @param kappa       Cohen's kappa at the character level (with more than two coders, Hubert's
 *                    multi-rater generalisation of it)
 * @param alpha       Krippendorff's unitized alpha; {@code NaN} where it is undefined (no coder
 *                    coded anything there)
 */
public record AgreementFigures(long units, long allCoded, long someCoded, long noneCoded, double percent,
                               double kappa, double alpha) {

    /** Whether {@link #alpha} is defined. */
    public boolean hasAlpha() {
        return !Double.isNaN(alpha);
    }
}
