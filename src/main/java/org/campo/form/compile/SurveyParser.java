package org.campo.form.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the survey, choices, external_choices and settings sheets into a {@link FormDefinition},
 * reporting structural mistakes (unknown types, unbalanced groups, missing lists, bad names)
 * with their row and column.
 */
final class SurveyParser {
    static final String SURVEY = "survey";
    static final String CHOICES = "choices";
    static final String EXTERNAL_CHOICES = "external_choices";
    static final String SETTINGS = "settings";
    /** Settings columns {@code attribute::name} give the primary instance root custom attributes. */
    static final String ATTRIBUTE_SETTING = "attribute::";
    /**
     * The deepest nesting of groups, repeats and loops accepted (real forms stay under about ten);
     * deeper structures are refused with a located error instead of exhausting the stack later.
     */
    static final int MAX_NESTING = 100;

    /**
     * The most rows a survey sheet may have. The largest public Kobo and ODK tools have a few
     * thousand; the form engine's check grows faster than the form beyond some tens of thousands
     * of questions (docs/benchmarks.md, "form check"), so a larger sheet is refused at once, where
     * its first row past the limit is, instead of costing minutes and gigabytes.
     */
    static final int MAX_SURVEY_ROWS = 50_000;

    private static final Pattern SELECT = Pattern.compile(
            "^(select_one_from_file|select one from file|select_multiple_from_file|select multiple from file"
                    + "|select_one_external|select one external|add select one prompt using"
                    + "|add select multiple prompt using|select all that apply from|select_one|select one|select1"
                    + "|select_multiple|select multiple|select all that apply|rank)\\s+(?:from\\s+)?(\\S+)"
                    + "(?:\\s+(or specify other|or other|\\S+))?$",
            Pattern.CASE_INSENSITIVE);
    /** Select commands, old spellings included (pyxform's alias table), to their type. */
    private static final Map<String, String> SELECT_COMMANDS = Map.ofEntries(
            Map.entry("add select one prompt using", "select_one"),
            Map.entry("add select multiple prompt using", "select_multiple"),
            Map.entry("select all that apply from", "select_multiple"),
            Map.entry("select all that apply", "select_multiple"),
            Map.entry("select1", "select_one"));
    private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");
    private static final Set<String> XLSFORM_SHEETS = Set.of(CHOICES, EXTERNAL_CHOICES, SETTINGS, "osm", "entities");
    private static final String IMAGE_PREFIX = "jr://images/";
    private static final Set<String> OR_OTHER = Set.of("or_other", "or specify other", "or other");
    /** begin/end of a group, repeat or loop; lgroup and looped group are old names of repeat. */
    private static final Pattern BEGIN_END = Pattern.compile(
            "^(begin|end)[ _](group|repeat|loop|lgroup|looped group)(?:\\s+(?:over\\s+)?(\\S+))?$",
            Pattern.CASE_INSENSITIVE);
    /** XML element names; pyxform accepts letters, digits, '_', '-', '.' (not leading digit/-/.). */
    static final Pattern XML_NAME = Pattern.compile("^[\\p{L}_][\\p{L}\\p{N}_.\\-]*$");

    private final Workbook workbook;
    private final Diagnostics diag;
    /** The groups, repeats and loops open at the row being read, innermost first. */
    private final Deque<FormElement> openContainers = new ArrayDeque<>();
    /** The children of each container by lower-case name, for the duplicate-name checks. */
    private final Map<FormElement, Map<String, List<FormElement>>> childNames = new IdentityHashMap<>();
    /** The row of each repeat name seen so far: repeat names are unique across the form. */
    private final Map<String, Integer> repeatRows = new HashMap<>();
    private int openLoops;
    private boolean nestingReported;

    SurveyParser(Workbook workbook, Diagnostics diag) {
        this.workbook = workbook;
        this.diag = diag;
    }

    FormDefinition parse(String rootName, String defaultFormId) {
        ColumnHeaders.check(workbook, diag);
        Map<String, String> settings = readSettings();
        String root = settings.getOrDefault("name", rootName == null || rootName.isBlank() ? "data" : rootName);
        FormDefinition form = new FormDefinition(new FormElement(FormElement.Kind.ROOT, root, 0));
        if (!XML_NAME.matcher(root).matches()) {
            boolean fromSheet = settings.containsKey("name");
            diag.error(fromSheet ? SETTINGS : "", fromSheet ? 2 : 0, "name", "form.compile.nameInvalid", root);
        }
        form.settings.putAll(settings);
        if (form.omitsInstanceId() && !form.setting("public_key").isBlank()) {
            diag.error(SETTINGS, 2, "omit_instanceID", "form.compile.omitInstanceIdEncrypted");
        }
        form.formId = nonBlank(settings.get("form_id"), defaultFormId);
        form.title = nonBlank(settings.get("form_title"), form.formId);
        form.version = settings.get("version");
        if (!form.setting("default_language").isEmpty()) {
            form.defaultLanguage = form.setting("default_language");
        }
        readChoices(CHOICES, form.choiceLists);
        readChoices(EXTERNAL_CHOICES, form.externalLists);
        Optional<Sheet> survey = workbook.sheet(SURVEY);
        if (survey.isEmpty() && workbook.sheets().size() == 1) {
            // a lone sheet is the survey, as in pyxform, unless it is one of the other XLSForm sheets
            survey = workbook.sheets().stream().filter(s -> !XLSFORM_SHEETS.contains(s.name().toLowerCase(Locale.ROOT)))
                    .findFirst();
        }
        if (survey.isEmpty()) {
            diag.error("", 0, "", "form.compile.noSurveySheet");
            return form;
        }
        readSurvey(survey.get(), form);
        return form;
    }

    /** Spreadsheet column letters of a 0-based index: 0 is A, 26 is AA. */
    static String columnLetters(int index) {
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }

    private static String nonBlank(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v;
    }

    private Map<String, String> readSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        workbook.sheet(SETTINGS).ifPresent(sheet -> {
            if (!sheet.rows().isEmpty()) {
                sheet.rows().get(0).cells().forEach((h, v) -> out.put(
                        h.strip().toLowerCase(Locale.ROOT).startsWith(ATTRIBUTE_SETTING)
                                ? ATTRIBUTE_SETTING + h.strip().substring(ATTRIBUTE_SETTING.length()).strip()
                                : ColumnName.parse(h).base(), v));
            }
        });
        return out;
    }

    private void readChoices(String sheetName, Map<String, ChoiceList> lists) {
        Optional<Sheet> sheet = workbook.sheet(sheetName);
        if (sheet.isEmpty()) {
            return;
        }
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        boolean allowDuplicates = "yes".equalsIgnoreCase(readSettings().getOrDefault("allow_choice_duplicates", ""));
        for (SheetRow row : sheet.get().rows()) {
            String listName = "";
            String name = null;
            Map<String, Map<String, String>> texts = new LinkedHashMap<>();
            Map<String, String> extras = new LinkedHashMap<>();
            for (Map.Entry<String, String> cell : row.cells().entrySet()) {
                ColumnName col = ColumnName.parse(cell.getKey());
                switch (col.base()) {
                    case "list_name" -> listName = cell.getValue();
                    case "name" -> name = cell.getValue();
                    default -> {
                        if (ColumnName.isTranslatable(col.base())) {
                            texts.computeIfAbsent(col.base(), k -> new LinkedHashMap<>()).put(
                                    col.language() == null ? ColumnName.DEFAULT_LANGUAGE : col.language(),
                                    cell.getValue());
                        } else {
                            extras.put(cell.getKey(), cell.getValue());
                        }
                    }
                }
            }
            if (listName.isEmpty()) {
                continue;
            }
            if (name == null) {
                diag.error(sheetName, row.number(), "name", "form.compile.choiceNameMissing", listName);
                continue;
            }
            ChoiceList list = lists.computeIfAbsent(listName, ChoiceList::new);
            if (!seen.computeIfAbsent(listName, k -> new HashSet<>()).add(name) && !allowDuplicates
                    && sheetName.equals(CHOICES)) {
                diag.error(sheetName, row.number(), "name", "form.compile.choiceDuplicate", name, listName);
            }
            list.choices.add(new Choice(name, texts, extras, row.number()));
        }
    }

    private void readSurvey(Sheet sheet, FormDefinition form) {
        if (sheet.rows().size() > MAX_SURVEY_ROWS) {
            diag.error(SURVEY, sheet.rows().get(MAX_SURVEY_ROWS).number(), "type", "form.compile.tooManyRows",
                    sheet.rows().size(), MAX_SURVEY_ROWS);
            return;
        }
        // pyxform's clean_text_values (on unless set to a "no" value): runs of spaces in survey cells become one
        boolean cleanText = !XFormContext.isNo(form.setting("clean_text_values"));
        Deque<FormElement> stack = openContainers;
        stack.push(form.root);
        for (SheetRow row : sheet.rows()) {
            Map<String, String> cols = new LinkedHashMap<>();
            Map<String, String> headers = new LinkedHashMap<>();
            Map<String, Map<String, String>> texts = new LinkedHashMap<>();
            for (Map.Entry<String, String> cell : row.cells().entrySet()) {
                ColumnName col = ColumnName.parse(cell.getKey());
                headers.putIfAbsent(col.base(), cell.getKey());
                String value = cleanText ? RUNS_OF_SPACES.matcher(cell.getValue()).replaceAll(" ") : cell.getValue();
                if (ColumnName.isTranslatable(col.base())) {
                    texts.computeIfAbsent(col.base(), k -> new LinkedHashMap<>()).put(
                            col.language() == null ? ColumnName.DEFAULT_LANGUAGE : col.language(), value);
                } else {
                    cols.put(col.base(), value);
                }
            }
            String type = cols.getOrDefault("type", "").strip();
            String name = cols.getOrDefault("name", "").strip();
            if (type.isEmpty()) {
                if (!name.isEmpty() || !texts.isEmpty()) {
                    diag.error(SURVEY, row.number(), "type", "form.compile.typeMissing", name);
                }
                continue;
            }
            Matcher be = BEGIN_END.matcher(type.replaceAll("\\s+", " "));
            if (be.matches() && (be.group(1).equalsIgnoreCase("begin") || be.group(3) == null)) {
                String control = be.group(2).toLowerCase(Locale.ROOT);
                boolean repeat = !control.equals("group") && !control.equals("loop");
                boolean loop = control.equals("loop");
                if (be.group(1).equalsIgnoreCase("begin")) {
                    FormElement container = new FormElement(repeat ? FormElement.Kind.REPEAT : FormElement.Kind.GROUP,
                            name, row.number());
                    fill(container, cols, headers, texts);
                    if (loop) {
                        container.loopList = loopList(be.group(3), form, row);
                    }
                    // Depth is input: past the limit a container is reported once and kept out of the
                    // tree, so no later walk (or the form engine) meets an unbounded depth.
                    boolean tooDeep = stack.size() > MAX_NESTING;
                    if (tooDeep && !nestingReported) {
                        diag.error(SURVEY, row.number(), "type", "form.compile.nestingTooDeep", MAX_NESTING);
                        nestingReported = true;
                    }
                    if (container.loopList != null) {
                        openLoops++;
                    }
                    if (checkName(container, name, row) && checkRepeatName(container, form.root.name)
                            && !tooDeep) {
                        addChild(stack.peek(), container);
                    }
                    stack.push(container);
                } else {
                    FormElement open = stack.peek();
                    FormElement.Kind expected = repeat ? FormElement.Kind.REPEAT : FormElement.Kind.GROUP;
                    if (open.kind != expected || (open.loopList != null) != loop || open == form.root) {
                        diag.error(SURVEY, row.number(), "type", "form.compile.unmatchedEnd", type);
                    } else {
                        stack.pop();
                        if (open.loopList != null) {
                            openLoops--;
                            Loops.expand(open, form.choiceLists.get(open.loopList), diag);
                        }
                    }
                }
                continue;
            }
            if (type.equalsIgnoreCase("audit")) {
                if (name.isEmpty()) {
                    name = "audit"; // pyxform names the audit log itself
                } else if (!name.equals("audit")) {
                    diag.error(SURVEY, row.number(), "name", "form.compile.auditName", name);
                    continue;
                }
            }
            if (name.isEmpty() && type.equalsIgnoreCase("note")) {
                name = "generated_note_name_" + row.number();
            }
            FormElement q = new FormElement(FormElement.Kind.QUESTION, name, row.number());
            fill(q, cols, headers, texts);
            if (!resolveType(q, type, form, row)) {
                continue;
            }
            typeDefaults(q, type);
            imageDefault(q);
            blankLabelForLabelAppearance(q);
            if (!checkName(q, name, row)) {
                continue;
            }
            addChild(stack.peek(), q);
        }
        while (stack.size() > 1) {
            FormElement open = stack.pop();
            diag.error(SURVEY, open.row, "type", "form.compile.unclosed", open.name);
        }
    }

    /** {@code begin loop over LIST}: the list must be on the choices sheet. */
    private String loopList(String listName, FormDefinition form, SheetRow row) {
        if (listName == null) {
            diag.error(SURVEY, row.number(), "type", "form.compile.loopListMissing");
            return null;
        }
        if (!form.choiceLists.containsKey(listName)) {
            diag.error(SURVEY, row.number(), "type", "form.compile.listUnknown", listName, CHOICES);
            return null;
        }
        return listName;
    }

    /** Old type spellings such as {@code percentage} bring a constraint and a hint unless the row has its own. */
    private static void typeDefaults(FormElement q, String type) {
        QuestionType.defaults(type).ifPresent(d -> {
            if (d.constraint() != null && q.column("constraint").isEmpty()) {
                q.columns.put("constraint", d.constraint());
            }
            if (d.hint() != null && q.text("hint").isEmpty()) {
                q.texts.put("hint", Map.of(ColumnName.DEFAULT_LANGUAGE, d.hint()));
            }
        });
    }

    /** An image's default names a file of the form's media, so it gets pyxform's {@code jr://images/} prefix. */
    private static void imageDefault(FormElement q) {
        String def = q.column("default");
        if (q.type.name().equals("image") && !def.isEmpty() && !def.contains(IMAGE_PREFIX)) {
            q.columns.put("default", IMAGE_PREFIX + def);
        }
    }

    /**
     * A question with {@code appearance = label} and no label heads a table of selects; like
     * pyxform it gets a blank label instead of a "label missing" error.
     */
    private static void blankLabelForLabelAppearance(FormElement q) {
        if (q.column("appearance").strip().equals("label") && q.text("label").isEmpty()) {
            q.texts.put("label", Map.of(ColumnName.DEFAULT_LANGUAGE, " "));
        }
    }

    private void fill(FormElement e, Map<String, String> cols, Map<String, String> headers,
            Map<String, Map<String, String>> texts) {
        e.columns.putAll(cols);
        e.headers.putAll(headers);
        e.texts.putAll(texts);
        String params = e.column("parameters");
        if (!params.isEmpty()) {
            Map<String, String> parsed = Parameters.parse(params);
            if (parsed == null) {
                diag.error(SURVEY, e.row, e.header("parameters"), "form.compile.parametersSyntax", params);
            } else {
                e.parameters = parsed;
            }
        }
    }

    private boolean checkName(FormElement e, String name, SheetRow row) {
        if (name.isEmpty()) {
            diag.error(SURVEY, row.number(), "name", "form.compile.nameMissing");
            return false;
        }
        if (name.equals("meta")) {
            diag.error(SURVEY, row.number(), "name", "form.compile.nameReserved", name);
            return false;
        }
        if (!XML_NAME.matcher(name).matches() && !(inLoop() && Loops.hasPlaceholders(name))) {
            diag.error(SURVEY, row.number(), "name", "form.compile.nameInvalid", name);
            return false;
        }
        return true;
    }

    /**
     * pyxform's repeat naming rules: a repeat may not take the instance root's name, and repeat
     * names are unique across the whole form (a repeat is a table of its own in exports).
     */
    private boolean checkRepeatName(FormElement e, String rootName) {
        if (e.kind != FormElement.Kind.REPEAT) {
            return true;
        }
        if (e.name.equals(rootName)) {
            diag.error(SURVEY, e.row, "name", "form.compile.repeatNameIsRoot", e.name);
            return false;
        }
        Integer earlier = repeatRows.putIfAbsent(e.name, e.row);
        if (earlier != null) {
            diag.error(SURVEY, e.row, "name", "form.compile.repeatNameDuplicate", e.name, earlier);
            return false;
        }
        return true;
    }

    /** True while the rows read are inside a {@code begin loop} (their names may hold %(name)s). */
    private boolean inLoop() {
        return openLoops > 0;
    }

    /** Adds a child unless a sibling has its name; siblings are looked up by name, so this stays linear. */
    private void addChild(FormElement parent, FormElement child) {
        List<FormElement> sameName = childNames.computeIfAbsent(parent, p -> new HashMap<>())
                .computeIfAbsent(child.name.toLowerCase(Locale.ROOT), n -> new ArrayList<>(1));
        for (FormElement sibling : sameName) {
            if (sibling.name.equals(child.name)) {
                diag.error(SURVEY, child.row, "name", "form.compile.nameDuplicate", child.name, sibling.row);
                return;
            }
        }
        for (FormElement sibling : sameName) {
            diag.warning(SURVEY, child.row, "name", "form.compile.nameDuplicateCase", child.name, sibling.name);
        }
        sameName.add(child);
        parent.add(child);
    }

    private boolean resolveType(FormElement q, String type, FormDefinition form, SheetRow row) {
        Matcher m = SELECT.matcher(type.replaceAll("\\s+", " "));
        if (m.matches()) {
            String command = m.group(1).toLowerCase(Locale.ROOT);
            String word = SELECT_COMMANDS.getOrDefault(command, command.replace(' ', '_'));
            q.type = QuestionType.lookup(word).orElseThrow();
            q.listName = m.group(2);
            String extra = m.group(3);
            if (extra != null) {
                if (!OR_OTHER.contains(extra.toLowerCase(Locale.ROOT)) || q.type.isFromFile()) {
                    diag.error(SURVEY, row.number(), "type", "form.compile.typeUnknown", type);
                    return false;
                }
                q.orOther = true;
                if (!q.column("choice_filter").isEmpty()) {
                    diag.error(SURVEY, row.number(), q.header("choice_filter"), "form.compile.orOtherChoiceFilter");
                    return false;
                }
            }
            if (q.type.isFromFile()) {
                String lower = q.listName.toLowerCase(Locale.ROOT);
                if (!(lower.endsWith(".csv") || lower.endsWith(".xml") || lower.endsWith(".geojson"))) {
                    diag.error(SURVEY, row.number(), "type", "form.compile.fromFileExtension", q.listName);
                    return false;
                }
            } else if (q.type.name().equals("select_one_external")) {
                if (!form.externalLists.containsKey(q.listName)) {
                    diag.error(SURVEY, row.number(), "type", "form.compile.listUnknown", q.listName,
                            EXTERNAL_CHOICES);
                    return false;
                }
            } else if (!form.choiceLists.containsKey(q.listName) && !RepeatChoices.isRepeatReference(q.listName)) {
                diag.error(SURVEY, row.number(), "type", "form.compile.listUnknown", q.listName, CHOICES);
                return false;
            }
            return true;
        }
        Optional<QuestionType> t = QuestionType.lookup(type);
        if (t.isEmpty()) {
            diag.error(SURVEY, row.number(), "type", "form.compile.typeUnknown", type);
            return false;
        }
        q.type = t.get();
        return true;
    }
}
