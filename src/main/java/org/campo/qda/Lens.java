package org.campo.qda;

import java.util.List;
import org.campo.model.Coding;

/**
 * What codings a member sees in this session. In <em>blind mode</em> a coder sees only their
 * own codings (in the text, the counts, retrieval and exports), so two researchers can code the
 * same interviews independently before their agreement is computed.
 */
final class Lens {
    private final String memberId;
    private volatile boolean blind;

    Lens(String memberId) {
        this.memberId = memberId;
    }

    boolean blind() {
        return blind;
    }

    void blind(boolean on) {
        this.blind = on;
    }

    boolean shows(Coding c) {
        return !blind || memberId.equals(c.coderId());
    }

    List<Coding> filter(List<Coding> codings) {
        return blind ? codings.stream().filter(this::shows).toList() : codings;
    }
}
