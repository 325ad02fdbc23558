package org.campo.qda.refi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * GUIDs as REFI-QDA writes them. Campo's ids are UUIDs and are used as they are; anything else
 * gets a stable name-based UUID, so the same record always has the same GUID. Read GUIDs are
 * compared normalised: braces dropped, lower case (tools differ in both).
 */
public final class Guids {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Guids() {
    }

    /** The GUID that stands for a Campo id in an export. */
    public static String of(String id) {
        if (id != null && UUID_TEXT.matcher(id).matches()) {
            return id.toLowerCase(Locale.ROOT);
        }
        return UUID.nameUUIDFromBytes(("campo:" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A GUID derived from a name (sets, variables), stable across exports. */
    public static String named(String kind, String name) {
        return UUID.nameUUIDFromBytes(("campo:" + kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * The Campo id of a record read with {@code guid} (normalised): the GUID itself when it is a
     * UUID, so a source exported by Campo and imported elsewhere keeps its id and GUID, else a
     * name-based UUID of the kind and GUID. The same project read twice gives the same ids, which
     * is how an import recognises what it brought in before.
     */
    public static String idOf(String kind, String guid) {
        String g = normalize(guid);
        if (UUID_TEXT.matcher(g).matches()) {
            return g;
        }
        return named("refi:" + kind, g);
    }

    /** A GUID as read, normalised for comparison; {@code null} stays null. */
    public static String normalize(String guid) {
        if (guid == null) {
            return null;
        }
        String g = guid.trim();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1).trim();
        }
        return g.toLowerCase(Locale.ROOT);
    }
}
