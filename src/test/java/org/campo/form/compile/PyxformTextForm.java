package org.campo.form.compile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The XForm text as pyxform's test helper sees it for {@code xml__contains}/{@code xml__excludes}:
 * it parses the output with ElementTree and sorts each element's attributes by their qualified
 * (Clark, {@code {uri}local}) name, so unprefixed attributes come first in alphabetical order and
 * namespaced ones follow. The authors' expected snippets are written in that order.
 */
final class PyxformTextForm {
    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z_][\\w:.\\-]*)((?:\\s+[\\w:.\\-]+=\"[^\"]*\")+)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.\\-]+)=\"([^\"]*)\"");
    private static final Map<String, String> NAMESPACES = Map.of(
            "jr", "http://openrosa.org/javarosa", "odk", "http://www.opendatakit.org/xforms",
            "orx", "http://openrosa.org/xforms", "h", "http://www.w3.org/1999/xhtml",
            "ev", "http://www.w3.org/2001/xml-events", "xsd", "http://www.w3.org/2001/XMLSchema",
            "entities", "http://www.opendatakit.org/xforms/entities");

    private PyxformTextForm() {
    }

    static String of(String xform) {
        Matcher m = START_TAG.matcher(xform);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (m.group(2).contains("xmlns")) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            List<String[]> attrs = new ArrayList<>();
            Matcher a = ATTRIBUTE.matcher(m.group(2));
            while (a.find()) {
                attrs.add(new String[] {a.group(1), a.group(2)});
            }
            attrs.sort(Comparator.comparing(x -> clark(x[0])));
            StringBuilder tag = new StringBuilder("<").append(m.group(1));
            for (String[] x : attrs) {
                tag.append(' ').append(x[0]).append("=\"").append(x[1]).append('"');
            }
            tag.append(m.group(3)).append('>');
            m.appendReplacement(out, Matcher.quoteReplacement(tag.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String clark(String qname) {
        int colon = qname.indexOf(':');
        if (colon < 0) {
            return qname;
        }
        String uri = NAMESPACES.getOrDefault(qname.substring(0, colon), qname.substring(0, colon));
        return "{" + uri + "}" + qname.substring(colon + 1);
    }
}
