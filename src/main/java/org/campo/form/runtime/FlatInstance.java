package org.campo.form.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campo.common.CampoException;

/**
 * A flattened submission ({@link InstanceReader.Result}) as compact bytes, so it can be kept
 * (sealed) beside the instance and read back by exports without parsing XML. The bytes do not
 * depend on any form version's variables: every value is stored under its generic path, as
 * the reader produced it.
 *
 * <p>Layout: a format byte, the main row, then each repeat's path and rows. A row is its key,
 * parent key, position and its (path, value) pairs. Strings are a varint length and UTF-8.
 * Decoding shares path and key strings through a small table per decoder, so reading 100,000
 * rows allocates their values and little else.
 */
public final class FlatInstance {
    private static final int FORMAT = 1;

    private FlatInstance() {
    }

    /** The bytes of a flattened submission. */
    public static byte[] encode(InstanceReader.Result result) {
        Out out = new Out();
        out.bytes.write(FORMAT);
        writeRow(out, result.main());
        out.varint(result.repeats().size());
        for (Map.Entry<String, List<InstanceRow>> e : result.repeats().entrySet()) {
            out.string(e.getKey());
            out.varint(e.getValue().size());
            for (InstanceRow row : e.getValue()) {
                writeRow(out, row);
            }
        }
        return out.bytes.toByteArray();
    }

    private static void writeRow(Out out, InstanceRow row) {
        out.string(row.key());
        out.string(row.parentKey());
        out.varint(row.position());
        out.varint(row.values().size());
        for (Map.Entry<String, String> v : row.values().entrySet()) {
            out.string(v.getKey());
            out.string(v.getValue());
        }
    }

    /** Reads flattened submissions; one per thread (it keeps the strings it has seen). */
    public static final class Decoder {
        private final Interner names = new Interner();

        public InstanceReader.Result decode(byte[] bytes) {
            In in = new In(bytes);
            if (bytes.length == 0 || in.bytes[in.pos++] != FORMAT) {
                throw new CampoException("form.runtime.invalidInstance", "?");
            }
            InstanceRow main = readRow(in);
            int repeats = in.varint();
            Map<String, List<InstanceRow>> tables = new LinkedHashMap<>();
            for (int r = 0; r < repeats; r++) {
                String path = name(in);
                int n = in.varint();
                List<InstanceRow> rows = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    rows.add(readRow(in));
                }
                tables.put(path, rows);
            }
            return new InstanceReader.Result(main, tables);
        }

        private InstanceRow readRow(In in) {
            String key = name(in);
            String parent = name(in);
            int position = in.varint();
            int n = in.varint();
            Map<String, String> values = new HashMap<>(n * 4 / 3 + 1);
            for (int i = 0; i < n; i++) {
                String path = name(in);
                int len = in.varint();
                values.put(path, new String(in.bytes, in.pos, len, StandardCharsets.UTF_8));
                in.pos += len;
            }
            return new InstanceRow(key, parent, position, values);
        }

        private String name(In in) {
            int len = in.varint();
            String s = names.get(in.bytes, in.pos, len);
            in.pos += len;
            return s;
        }
    }

    /** Strings by their UTF-8 bytes, without decoding bytes already seen. */
    private static final class Interner {
        private byte[][] keys = new byte[1024][];
        private String[] values = new String[1024];
        private int size;

        String get(byte[] buf, int off, int len) {
            int h = 1;
            for (int i = off; i < off + len; i++) {
                h = 31 * h + buf[i];
            }
            int mask = keys.length - 1;
            int slot = (h ^ (h >>> 16)) & mask;
            while (keys[slot] != null) {
                byte[] k = keys[slot];
                if (k.length == len && Arrays.equals(k, 0, len, buf, off, off + len)) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            String s = new String(buf, off, len, StandardCharsets.UTF_8);
            if (size >= 1 << 16) {
                return s; // a pathological set of names: stop remembering
            }
            keys[slot] = Arrays.copyOfRange(buf, off, off + len);
            values[slot] = s;
            if (++size * 2 > keys.length) {
                grow();
            }
            return s;
        }

        private void grow() {
            byte[][] oldKeys = keys;
            String[] oldValues = values;
            keys = new byte[oldKeys.length * 2][];
            values = new String[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                byte[] k = oldKeys[i];
                if (k == null) {
                    continue;
                }
                int h = 1;
                for (byte b : k) {
                    h = 31 * h + b;
                }
                int slot = (h ^ (h >>> 16)) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                values[slot] = oldValues[i];
            }
        }
    }

    private static final class Out {
        final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(4096);

        void varint(int v) {
            while ((v & ~0x7F) != 0) {
                bytes.write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes.write(v);
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            bytes.write(b, 0, b.length);
        }
    }

    private static final class In {
        final byte[] bytes;
        int pos;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        int varint() {
            int v = 0;
            int shift = 0;
            while (true) {
                if (pos >= bytes.length || shift > 28) {
                    throw new CampoException("form.runtime.invalidInstance", "?");
                }
                byte b = bytes[pos++];
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
                shift += 7;
            }
        }
    }
}
