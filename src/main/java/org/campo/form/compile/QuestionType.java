package org.campo.form.compile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an XLSForm question type becomes in the XForm: the bind's data type, the body control
 * (or none for calculations and metadata) and any preload. One table keeps pyxform's mapping
 * in a single place instead of scattered conditionals.
 *
 * @param name          canonical XLSForm type name
 * @param bindType      value of the bind's {@code type}, or null for no type
 * @param control       body element ({@code input}, {@code select1}, ...), or null for none
 * @param mediatype     {@code mediatype} of upload controls, or null
 * @param preload       {@code jr:preload}, or null
 * @param preloadParams {@code jr:preloadParams}, or null
 */
record QuestionType(String name, String bindType, String control, String mediatype, String preload,
        String preloadParams) {

    private static final Map<String, QuestionType> TYPES = new HashMap<>();
    private static final Map<String, String> ALIASES = new HashMap<>();
    private static final Map<String, Defaults> DEFAULTS = new HashMap<>();

    static {
        add("text", "string", "input");
        add("integer", "int", "input");
        add("decimal", "decimal", "input");
        add("range", "int", "range");
        add("select_one", "string", "select1");
        add("select_multiple", "string", "select");
        add("select_one_from_file", "string", "select1");
        add("select_multiple_from_file", "string", "select");
        add("select_one_external", "string", "input");
        add("rank", "odk:rank", "odk:rank");
        add("note", "string", "input");
        add("acknowledge", "string", "trigger");
        add("trigger", null, "trigger"); // pyxform gives a plain trigger no bind type (acknowledge has string)
        add("calculate", "string", null);
        add("hidden", "string", null);
        add("date", "date", "input");
        add("time", "time", "input");
        add("dateTime", "dateTime", "input");
        add("geopoint", "geopoint", "input");
        add("geotrace", "geotrace", "input");
        add("geoshape", "geoshape", "input");
        add("barcode", "barcode", "input");
        upload("image", "image/*");
        upload("audio", "audio/*");
        upload("video", "video/*");
        upload("file", "application/*");
        upload("osm", "osm/*");
        TYPES.put("background-audio", new QuestionType("background-audio", "binary", null, null, null, null));
        preload("start", "dateTime", "timestamp", "start");
        preload("end", "dateTime", "timestamp", "end");
        preload("today", "date", "date", "today");
        for (String p : new String[] {"deviceid", "subscriberid", "simserial", "phonenumber", "username", "email"}) {
            preload(p, "string", "property", p);
        }
        TYPES.put("audit", new QuestionType("audit", "binary", null, null, null, null));
        TYPES.put("start-geopoint", new QuestionType("start-geopoint", "geopoint", null, null, null, null));
        TYPES.put("background-geopoint", new QuestionType("background-geopoint", "geopoint", null, null, null, null));
        TYPES.put("xml-external", new QuestionType("xml-external", null, null, null, null, null));
        TYPES.put("csv-external", new QuestionType("csv-external", null, null, null, null, null));

        for (String p : new String[] {"deviceid", "subscriberid", "simserial", "phonenumber", "username", "email"}) {
            preload("uri:" + p, "string", "property", "uri:" + p); // pyxform keeps the uri: form
        }
        ALIASES.put("string", "text");
        ALIASES.put("int", "integer");
        ALIASES.put("float", "decimal");
        ALIASES.put("datetime", "dateTime");
        ALIASES.put("location", "geopoint");
        ALIASES.put("gps", "geopoint");
        ALIASES.put("geopoints", "geopoint");
        ALIASES.put("photo", "image");
        ALIASES.put("imei", "deviceid");
        ALIASES.put("select one", "select_one");
        ALIASES.put("select_one", "select_one");
        ALIASES.put("select multiple", "select_multiple");
        ALIASES.put("select all that apply", "select_multiple");
        ALIASES.put("select one from file", "select_one_from_file");
        ALIASES.put("select multiple from file", "select_multiple_from_file");
        ALIASES.put("select one external", "select_one_external");

        ALIASES.put("device id", "deviceid");
        ALIASES.put("subscriber id", "subscriberid");
        ALIASES.put("sim id", "simserial");
        ALIASES.put("start time", "start");
        ALIASES.put("end time", "end");
        ALIASES.put("date time", "dateTime");
        ALIASES.put("add note prompt", "note");
        ALIASES.put("q note", "note");
        // The rest of pyxform's older spellings (its question type dictionary)
        alias("acknowledge", "add acknowledge prompt", "q acknowledge");
        alias("audio", "add audio prompt", "q audio");
        alias("barcode", "add barcode prompt", "q barcode");
        alias("calculate", "add calculate prompt", "q calculate");
        alias("date", "add date prompt", "q date");
        alias("dateTime", "add date time prompt", "add datetime prompt", "q date time", "q datetime");
        alias("decimal", "add decimal prompt", "q decimal");
        alias("file", "add file prompt");
        alias("image", "add image prompt", "add photo prompt", "q image", "q picture");
        alias("integer", "add integer prompt", "q int", "percentage", "number of days in last month",
                "number of days in last six months", "number of days in last year");
        alias("geopoint", "add location prompt", "q location", "q geopoint");
        alias("geoshape", "q geoshape");
        alias("geotrace", "q geotrace");
        alias("text", "add text prompt", "q string", "phone number");
        alias("video", "add video prompt", "q video");
        alias("deviceid", "get device id");
        alias("end", "get end time");
        alias("phonenumber", "get phone number");
        alias("simserial", "get sim id");
        alias("start", "get start time");
        alias("subscriberid", "get subscriber id");
        alias("today", "get today");
        DEFAULTS.put("percentage", new Defaults("0 <= . and . <= 100", null));
        DEFAULTS.put("number of days in last month", new Defaults("0 <= . and . <= 31", "Enter a number 0-31."));
        DEFAULTS.put("number of days in last six months",
                new Defaults("0 <= . and . <= 183", "Enter a number 0-183."));
        DEFAULTS.put("number of days in last year", new Defaults("0 <= . and . <= 365", "Enter a number 0-365."));
        DEFAULTS.put("phone number", new Defaults("regex(., '^\\d*$')", "Enter numbers only."));
    }

    /**
     * What an old type spelling adds to its question unless the row sets it: pyxform's
     * {@code percentage} or {@code phone number} carry a constraint and a hint.
     */
    record Defaults(String constraint, String hint) {
    }

    private static void alias(String type, String... spellings) {
        for (String s : spellings) {
            ALIASES.put(s, type);
        }
    }

    /** The constraint and hint a type spelling brings, if any. */
    static Optional<Defaults> defaults(String word) {
        return Optional.ofNullable(DEFAULTS.get(word.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
    }

    private static void add(String name, String bindType, String control) {
        TYPES.put(name, new QuestionType(name, bindType, control, null, null, null));
    }

    private static void upload(String name, String mediatype) {
        TYPES.put(name, new QuestionType(name, "binary", "upload", mediatype, null, null));
    }

    private static void preload(String name, String bindType, String preload, String params) {
        TYPES.put(name, new QuestionType(name, bindType, null, null, preload, params));
    }

    /** The type for a (de-aliased, list-less) type word, if XLSForm knows it. */
    static Optional<QuestionType> lookup(String word) {
        String w = word.strip();
        QuestionType exact = TYPES.get(w);
        if (exact != null) {
            return Optional.of(exact);
        }
        String lower = w.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String alias = ALIASES.getOrDefault(lower, lower);
        return Optional.ofNullable(TYPES.get(alias));
    }

    boolean isSelect() {
        return name.startsWith("select_") || name.equals("rank");
    }

    boolean isMultiSelect() {
        return name.startsWith("select_multiple") || name.equals("rank");
    }

    boolean isFromFile() {
        return name.endsWith("_from_file");
    }

    /** Metadata questions have no label and no control: they are filled in by the client. */
    boolean isMetadata() {
        return preload != null || name.equals("audit") || name.equals("start-geopoint")
                || name.equals("background-geopoint");
    }
}
