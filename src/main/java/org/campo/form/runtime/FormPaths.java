package org.campo.form.runtime;

/** Helpers for instance paths such as {@code /data/hh[2]/member[1]/age}. */
final class FormPaths {
    private FormPaths() {
    }

    /** The path without repeat positions: {@code /data/hh/member/age}. */
    static String generic(String path) {
        return path.replaceAll("\\[[^\\]]*\\]", "");
    }
}
