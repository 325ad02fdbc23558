package org.campo.collect;

import org.campo.model.FormVersion;

/** A form as listed to users: its newest version and how many drafts and final submissions it has. */
public record FormSummary(FormVersion form, long drafts, long finals) {
}
