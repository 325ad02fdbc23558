package org.campo.form.compile;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a pyxform case with {@link XlsFormCompiler} and checks the outcome against the
 * authors' expectations: an error case must be rejected; a case with XML assertions must satisfy
 * all of them; a case with only a reference XForm must be semantically equal to it.
 */
final class PyxformCaseRunner {
    /** pyxform's test helper names the instance root "test_name" unless a case names it. */
    static final String DEFAULT_FORM_NAME = "test_name";

    private final XlsFormCompiler compiler = new XlsFormCompiler();

    CaseOutcome run(PyxformCase c) {
        CompileResult result;
        try {
            result = compiler.compileMarkdown(c.md(),
                    c.formName() == null ? DEFAULT_FORM_NAME : c.formName());
        } catch (RuntimeException e) {
            return new CaseOutcome(c, false, "compiler threw " + e);
        }
        if (c.expectsError()) {
            return result.ok() ? new CaseOutcome(c, false, "expected an error, compiled fine")
                    : new CaseOutcome(c, true, "rejected: " + result.errors().get(0));
        }
        if (!result.ok()) {
            return new CaseOutcome(c, false, "unexpected error: " + result.errors());
        }
        try {
            String failure = c.hasXmlAssertions() ? checkAssertions(c, result.xform()) : checkReference(c, result.xform());
            return new CaseOutcome(c, failure == null, failure);
        } catch (Exception e) {
            return new CaseOutcome(c, false, "assertion could not be evaluated: " + e);
        }
    }

    private static String checkAssertions(PyxformCase c, String xform) throws Exception {
        XFormAssertions xml = new XFormAssertions(xform);
        for (String x : c.xpathMatch()) {
            int n = xml.count(x);
            if (n != 1) {
                return "xpath_match found " + n + ": " + x.strip();
            }
        }
        for (Map.Entry<String, Integer> e : c.xpathCount()) {
            int n = xml.count(e.getKey());
            if (n != e.getValue()) {
                return "xpath_count " + n + " != " + e.getValue() + ": " + e.getKey().strip();
            }
        }
        for (Map.Entry<String, List<String>> e : c.xpathExact()) {
            Set<String> actual = xml.values(e.getKey());
            if (!actual.equals(new HashSet<>(e.getValue()))) {
                return "xpath_exact " + actual + " != " + e.getValue() + ": " + e.getKey().strip();
            }
        }
        String text = PyxformTextForm.of(xform);
        for (String s : c.contains()) {
            if (!text.contains(s)) {
                return "missing text: " + s;
            }
        }
        for (String s : c.excludes()) {
            if (text.contains(s)) {
                return "unexpected text: " + s;
            }
        }
        return null;
    }

    private static String checkReference(PyxformCase c, String xform) {
        if (c.refXform() == null) {
            return null; // only warnings were asserted, which are worded differently here
        }
        String diff = SemanticXml.difference(c.refXform(), xform);
        return diff.isEmpty() ? null : "differs from reference: " + diff;
    }
}
