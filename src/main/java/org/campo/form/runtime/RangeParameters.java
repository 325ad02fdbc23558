package org.campo.form.runtime;

import java.math.BigDecimal;

/** Bounds and step of a range question, so the UI can build a slider or a spinner. */
public record RangeParameters(BigDecimal start, BigDecimal end, BigDecimal step) {
}
