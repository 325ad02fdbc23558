package org.campo.merge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campo.common.CampoException;

/**
 * The binary layout of kits and packages: length-prefixed fields in a fixed order, behind a magic
 * word and a version. Reading is bounded (every length and count is checked against what is left),
 * so a damaged or hostile file is refused with a clear message instead of exhausting memory.
 */
final class Wire {
    private Wire() {
    }

    /** Writes fields in order. */
    static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        Out(String magic, int version) {
            text(magic);
            integer(version);
        }

        Out text(String s) {
            try {
                if (s == null) {
                    out.writeInt(-1);
                } else {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(b.length);
                    out.write(b);
                }
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Out blob(byte[] b) {
            try {
                if (b == null) {
                    out.writeInt(-1);
                } else {
                    out.writeInt(b.length);
                    out.write(b);
                }
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Out integer(long v) {
            try {
                out.writeLong(v);
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Out flag(Boolean b) {
            return integer(b == null ? -1 : b ? 1 : 0);
        }

        Out instant(Instant t) {
            return text(t == null ? null : t.toString());
        }

        Out map(Map<String, String> m) {
            integer(m.size());
            m.forEach((k, v) -> text(k).text(v));
            return this;
        }

        Out list(List<String> l) {
            integer(l.size());
            l.forEach(this::text);
            return this;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    /** Reads fields in the order they were written, refusing anything out of bounds. */
    static final class In {
        private final DataInputStream in;
        private final int total;
        private final String what;

        private final int version;

        In(byte[] data, String magic, int version, String what) {
            this(data, magic, version, version, what);
        }

        /** Accepts any version from {@code oldest} to {@code newest}; {@link #version()} tells which one it is. */
        In(byte[] data, String magic, int oldest, int newest, String what) {
            this.in = new DataInputStream(new ByteArrayInputStream(data));
            this.total = data.length;
            this.what = what;
            long v = magic.equals(leadingText()) ? integer() : -1;
            if (v < oldest || v > newest) {
                throw new CampoException("merge.notAFile", what);
            }
            this.version = (int) v;
        }

        /** The version the file was written in. */
        int version() {
            return version;
        }

        /** The first field; a file too short or shaped otherwise is simply not one of ours. */
        private String leadingText() {
            try {
                return text();
            } catch (CampoException e) {
                return null;
            }
        }

        String text() {
            byte[] b = blob();
            return b == null ? null : new String(b, StandardCharsets.UTF_8);
        }

        byte[] blob() {
            try {
                int n = in.readInt();
                if (n == -1) {
                    return null;
                }
                if (n < 0 || n > in.available()) {
                    throw damaged();
                }
                return in.readNBytes(n);
            } catch (EOFException e) {
                throw damaged();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        long integer() {
            try {
                return in.readLong();
            } catch (EOFException e) {
                throw damaged();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A count of records that follow; each takes at least 4 bytes, which bounds it by what is left. */
        int count() {
            long n = integer();
            try {
                if (n < 0 || n > in.available() / 4 + 1) {
                    throw damaged();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return (int) n;
        }

        Boolean flag() {
            long v = integer();
            return v == -1 ? null : v == 1;
        }

        Instant instant() {
            String s = text();
            try {
                return s == null ? null : Instant.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                throw damaged();
            }
        }

        Map<String, String> map() {
            int n = count();
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                m.put(text(), text());
            }
            return m;
        }

        List<String> list() {
            int n = count();
            List<String> l = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                l.add(text());
            }
            return l;
        }

        void end() {
            try {
                if (in.available() != 0) {
                    throw damaged();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private CampoException damaged() {
            return new CampoException("merge.damaged", what, total);
        }
    }
}
