package org.campo.consent;

import java.util.EnumSet;
import java.util.Set;
import org.campo.model.ConsentScriptRow;

/** Turns stored script rows into the domain type. */
final class ScriptMapping {
    private ScriptMapping() {
    }

    static ConsentScript toScript(ConsentScriptRow r) {
        return new ConsentScript(r.id(), r.scriptKey(), r.version(), r.language(), r.title(), r.body(), r.sha256(),
                permissions(r), r.createdAt());
    }

    static Set<ConsentPermission> permissions(ConsentScriptRow r) {
        Set<ConsentPermission> out = EnumSet.noneOf(ConsentPermission.class);
        r.permissions().forEach(code -> out.add(ConsentPermission.fromCode(code)));
        return out;
    }
}
