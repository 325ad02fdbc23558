package org.campo.qda.triangulation;

import java.util.List;
import org.campo.model.Code;

/** The quotes of one code (its own segments; sub-codes have their own entry). */
public record CodeQuotes(Code code, String path, int depth, List<Quote> quotes) {
    public CodeQuotes {
        quotes = List.copyOf(quotes);
    }
}
