package org.campo.qda;

import java.util.ArrayList;
import java.util.List;
import org.campo.store.Repositories;

/**
 * Coders who are not members: people whose codings came from another tool. Their codings keep
 * their coder id; the names are kept in one study setting sealed under the data key (a coder's
 * name identifies a person), so the analysis snapshot, retrieval, exports and agreement figures
 * still name them. The REFI-QDA import adds them.
 */
public final class ExternalCoders {
    static final String SETTING = "qda.externalCoders";

    private ExternalCoders() {
    }

    /** The external coders recorded in the study, in the order they were added. */
    public static List<Coder> all(Repositories r) {
        List<Coder> out = new ArrayList<>();
        String plain = r.settings().sealedSetting(SETTING).orElse(null);
        if (plain == null || plain.isBlank()) {
            return out;
        }
        for (String line : plain.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.add(new Coder(line.substring(0, tab), line.substring(tab + 1), true));
            }
        }
        return out;
    }

    /** Records more external coders (inside the unit of work that stores their codings). */
    public static void add(Repositories r, List<Coder> added) {
        if (added.isEmpty()) {
            return;
        }
        List<Coder> all = all(r);
        all.addAll(added);
        StringBuilder b = new StringBuilder();
        for (Coder c : all) {
            b.append(c.id()).append('\t').append(c.name().replace('\n', ' ').replace('\t', ' ')).append('\n');
        }
        r.settings().setSealedSetting(SETTING, b.toString());
    }
}
