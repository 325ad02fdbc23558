package org.campo.form.compile;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One conversion case from pyxform's test suite (a line of {@code cases.jsonl}): the XLSForm as
 * a markdown table plus the authors' assertions about the XForm, or the expectation of an error.
 */
record PyxformCase(String caseId, String testFile, String md, String formName, String refXform,
        boolean expectsError, boolean authorsTestPassed, List<String> xpathMatch,
        List<Map.Entry<String, Integer>> xpathCount, List<Map.Entry<String, List<String>>> xpathExact,
        List<String> contains, List<String> excludes) {

    /** The pyxform test module, e.g. {@code test_repeat}: conformance is reported per feature. */
    String feature() {
        String f = testFile.substring(testFile.lastIndexOf('/') + 1);
        return f.endsWith(".py") ? f.substring(0, f.length() - 3) : f;
    }

    boolean hasXmlAssertions() {
        return !xpathMatch.isEmpty() || !xpathCount.isEmpty() || !xpathExact.isEmpty() || !contains.isEmpty()
                || !excludes.isEmpty();
    }

    static List<PyxformCase> load(Path jsonl) throws IOException {
        List<PyxformCase> cases = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                cases.add(parse(JsonParser.parseString(line).getAsJsonObject()));
            }
        }
        return cases;
    }

    static PyxformCase parse(JsonObject o) {
        List<Map.Entry<String, Integer>> counts = new ArrayList<>();
        for (JsonElement e : array(o, "xml__xpath_count")) {
            JsonArray pair = e.getAsJsonArray();
            counts.add(Map.entry(pair.get(0).getAsString(), pair.get(1).getAsInt()));
        }
        List<Map.Entry<String, List<String>>> exact = new ArrayList<>();
        for (JsonElement e : array(o, "xml__xpath_exact")) {
            JsonArray pair = e.getAsJsonArray();
            List<String> values = new ArrayList<>();
            pair.get(1).getAsJsonArray().forEach(v -> values.add(v.getAsString()));
            exact.add(Map.entry(pair.get(0).getAsString(), values));
        }
        boolean error = has(o, "ref_error") || (has(o, "errored") && o.get("errored").getAsBoolean());
        return new PyxformCase(string(o, "case_id"), string(o, "test_file"), string(o, "md"), string(o, "name"),
                string(o, "ref_xform"), error, !has(o, "test_passed") || o.get("test_passed").getAsBoolean(),
                strings(o, "xml__xpath_match"), counts, exact, strings(o, "xml__contains"),
                strings(o, "xml__excludes"));
    }

    private static boolean has(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull();
    }

    private static String string(JsonObject o, String key) {
        return has(o, key) ? o.get(key).getAsString() : null;
    }

    private static JsonArray array(JsonObject o, String key) {
        return has(o, key) && o.get(key).isJsonArray() ? o.get(key).getAsJsonArray() : new JsonArray();
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        array(o, key).forEach(e -> out.add(e.getAsString()));
        return out;
    }
}
