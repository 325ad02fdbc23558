package org.campo.qda;

import java.util.List;

/**
 * A code as exchange files carry it (REFI-QDA {@code .qdc}, XLSX), with its children; imported
 * into a study by path, so importing the same codebook twice changes nothing.
 *
 * @param guid the code's id in the file (kept when Campo has no code of that path)
 */
public record CodebookEntry(String guid, String name, String definition, String inclusion, String exclusion,
                            String example, String color, boolean codable, List<CodebookEntry> children) {
    public CodebookEntry {
        children = List.copyOf(children);
    }
}
