package org.campo.form.runtime;

import java.util.ArrayList;
import java.util.List;

import org.campo.common.CampoException;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.FormIndex;

/**
 * Converts engine positions to short strings and back. A position is the chain of child
 * numbers from the form root, each with the repeat instance where there is one, e.g.
 * {@code 2.1#0.3}. The string is stable for a given form and instance, so it can be stored
 * with a draft and used by the UI to jump back.
 */
final class FormIndexRefs {
    static final String BEGINNING = "begin";
    static final String END = "end";

    private FormIndexRefs() {
    }

    static String toRef(FormIndex index) {
        if (index.isBeginningOfFormIndex()) {
            return BEGINNING;
        }
        if (index.isEndOfFormIndex()) {
            return END;
        }
        StringBuilder ref = new StringBuilder();
        for (FormIndex level = index; level != null; level = level.getNextLevel()) {
            if (ref.length() > 0) {
                ref.append('.');
            }
            ref.append(level.getLocalIndex());
            if (level.getInstanceIndex() >= 0) {
                ref.append('#').append(level.getInstanceIndex());
            }
        }
        return ref.toString();
    }

    static FormIndex toIndex(String ref, FormDef formDef) {
        if (BEGINNING.equals(ref)) {
            return FormIndex.createBeginningOfFormIndex();
        }
        if (END.equals(ref)) {
            return FormIndex.createEndOfFormIndex();
        }
        try {
            List<int[]> levels = new ArrayList<>();
            for (String part : ref.split("\\.")) {
                int hash = part.indexOf('#');
                int local = Integer.parseInt(hash < 0 ? part : part.substring(0, hash));
                int instance = hash < 0 ? -1 : Integer.parseInt(part.substring(hash + 1));
                levels.add(new int[] {local, instance});
            }
            FormIndex index = null;
            for (int i = levels.size() - 1; i >= 0; i--) {
                int[] level = levels.get(i);
                index = index == null
                        ? new FormIndex(level[0], level[1], null)
                        : new FormIndex(index, level[0], level[1], null);
            }
            index.assignRefs(formDef);
            return index;
        } catch (RuntimeException e) {
            throw new CampoException(e, "form.runtime.unknownRef", ref);
        }
    }
}
