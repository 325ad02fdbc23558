package org.campo.export.summary;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The label/value lines of the title page, shared by the PDF and the workbook so they agree. */
final class TitleFacts {
    private TitleFacts() {
    }

    static List<String[]> of(SummaryHeader h, SummaryText text) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {text.get("study"), h.studyName()});
        lines.add(new String[] {text.get("form"), h.formTitle() + " (" + h.formId() + ")"});
        lines.add(new String[] {text.get("period"), h.from() == null ? "-" : h.from() + " – " + h.to()});
        lines.add(new String[] {text.get("submissions"), Long.toString(h.submissions())});
        lines.add(new String[] {text.get("threshold"), text.get("thresholdValue", h.minCell())});
        lines.add(new String[] {text.get("sensitive"), text.get(h.sensitiveIncluded() ? "sensitiveIn" : "sensitiveOut")});
        lines.add(new String[] {text.get("generated"),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(h.generatedAt().atOffset(ZoneOffset.UTC))});
        lines.add(new String[] {text.get("auditHead"), h.auditHead()});
        return lines;
    }
}
