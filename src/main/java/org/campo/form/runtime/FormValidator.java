package org.campo.form.runtime;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.campo.common.CampoException;
import org.javarosa.xpath.XPathParseTool;
import org.javarosa.xpath.expr.XPathBinaryOpExpr;
import org.javarosa.xpath.expr.XPathExpression;
import org.javarosa.xpath.expr.XPathFilterExpr;
import org.javarosa.xpath.expr.XPathFuncExpr;
import org.javarosa.xpath.expr.XPathPathExpr;
import org.javarosa.xpath.expr.XPathStep;
import org.javarosa.xpath.expr.XPathStringLiteral;
import org.javarosa.xpath.expr.XPathUnaryOpExpr;
import org.javarosa.xpath.parser.XPathSyntaxException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks an XForm the way the form engine will meet it, before anything is stored: the XML is
 * well formed; every expression (relevant, calculate, constraint, required, read-only, defaults
 * and triggers, choice filters, repeat counts, label outputs) is parsed by the engine's XPath
 * parser; every function exists in the engine; every {@code instance('id')} is declared; every
 * path into the form's own data names a node that exists (a calculation of just {@code and} is
 * read by XPath as a child element called "and", which is never there); no value depends on
 * itself, through calculations, relevance (a group's relevance reaches everything inside it),
 * required and read-only conditions or defaults. Only then is the whole form parsed by the engine.
 *
 * <p>Each {@link Problem} names the node ({@code nodeset}) and the XForm attribute whose
 * expression is at fault, so the compiler's source map can point at the workbook's row and
 * column. Walks over expressions and the instance are iterative: their depth is input.
 */
public final class FormValidator {
    private static final String XFORMS_NS = "http://www.w3.org/2002/xforms";
    private static final String JR_NS = "http://openrosa.org/javarosa";
    /** Expressions longer than this are refused before parsing (no form needs one). */
    static final int MAX_EXPRESSION_LENGTH = 20_000;

    private final FormLoader loader;
    private final boolean keep;

    /** A validator whose last step loads the form, keeping its definition for the import that follows. */
    public FormValidator(FormLoader loader) {
        this(loader, true);
    }

    private FormValidator(FormLoader loader, boolean keep) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.keep = keep;
    }

    /**
     * A validator for workbooks that are checked or compiled but not imported: the engine still
     * parses the whole form, but nothing is serialized or kept ({@link FormLoader#check}).
     */
    public static FormValidator checkOnly(FormLoader loader) {
        return new FormValidator(loader, false);
    }

    /**
     * One finding. {@code args[0]} is always the expression as written in the XForm, so a caller
     * that knows where the expression came from may replace it with the author's own text.
     *
     * @param nodeset   the instance path the expression belongs to, or null for the whole form
     * @param attribute what the expression is: relevant, calculate, constraint, required, readonly,
     *                  default, trigger, choice_filter, repeat_count, label; null for the whole form
     * @param key       message key in {@code form.properties}
     * @param args      message arguments
     */
    public record Problem(String nodeset, String attribute, String key, Object[] args) {
        public Problem {
            args = args == null ? new Object[0] : args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }

        @Override
        public String toString() {
            return key + " " + nodeset + " " + attribute + " " + Arrays.toString(args);
        }
    }

    /** Every problem found; empty when the engine accepts the form. */
    public List<Problem> validate(String xform) {
        List<Problem> problems = analyse(xform);
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            if (keep) {
                loader.load(xform);
            } else {
                loader.check(xform);
            }
        } catch (CampoException e) {
            if (exhausted(e)) {
                // the engine ran out of stack or memory: not a problem of the form to report (with the
                // error's class name as its reason) but a failure to finish, said as such by the caller
                throw e;
            }
            Object[] args = e.args();
            problems.add(new Problem(null, null, "form.runtime.engineRefused",
                    new Object[] {"", args.length > 0 ? args[0] : ""}));
        }
        return problems;
    }

    private static boolean exhausted(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof VirtualMachineError) {
                return true;
            }
        }
        return false;
    }

    /** The checks before the engine's; the document is dropped before the engine parses the form. */
    private static List<Problem> analyse(String xform) {
        Document doc;
        try {
            doc = parseXml(xform);
        } catch (SAXParseException e) {
            return List.of(new Problem(null, null, "form.runtime.xformMalformed",
                    new Object[] {"", e.getLineNumber(), e.getColumnNumber()}));
        } catch (SAXException | IOException e) {
            return List.of(new Problem(null, null, "form.runtime.xformMalformed", new Object[] {"", 0, 0}));
        }
        List<Problem> problems = new ArrayList<>();
        new Analysis(doc, problems).run();
        return problems;
    }

    private static Document parseXml(String xform) throws SAXException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xform)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser must support secure processing", e);
        }
    }

    /** An expression to check: where it belongs and what it is. */
    private record Expr(String nodeset, String attribute, String context, String text) {
    }

    /** One analysis of one document. */
    private static final class Analysis {
        private final Document doc;
        private final List<Problem> problems;
        /** Generic paths of the main instance's elements ("/data/g/q") and attributes ("/data/@id"). */
        private final Set<String> nodes = new HashSet<>();
        /** Element paths in document order, for stable reports. */
        private final List<String> order = new ArrayList<>();
        private final Set<String> instanceIds = new HashSet<>();
        private final List<Expr> expressions = new ArrayList<>();
        /** Dependency graph: a node's value or state depends on these nodes (with the attribute that says so). */
        private final Map<String, Map<String, String>> dependsOn = new LinkedHashMap<>();
        private final Set<String> relevantGroups = new LinkedHashSet<>();

        Analysis(Document doc, List<Problem> problems) {
            this.doc = doc;
            this.problems = problems;
        }

        void run() {
            Element model = first(doc.getDocumentElement(), "model");
            if (model == null) {
                problems.add(new Problem(null, null, "form.runtime.xformNoModel", new Object[] {""}));
                return;
            }
            Element mainRoot = null;
            for (Element instance : children(model, "instance")) {
                if (instance.hasAttribute("id")) {
                    instanceIds.add(instance.getAttribute("id"));
                } else if (mainRoot == null) {
                    mainRoot = firstElement(instance);
                }
            }
            if (mainRoot == null) {
                problems.add(new Problem(null, null, "form.runtime.xformNoModel", new Object[] {""}));
                return;
            }
            indexInstance(mainRoot);
            collectExpressions(model);
            for (Expr e : expressions) {
                check(e);
            }
            findCycles();
        }

        // ----- the XForm -----

        private void indexInstance(Element root) {
            Deque<Object[]> stack = new ArrayDeque<>();
            stack.push(new Object[] {root, "/" + root.getNodeName()});
            while (!stack.isEmpty()) {
                Object[] top = stack.pop();
                Element e = (Element) top[0];
                String path = (String) top[1];
                if (nodes.add(path)) {
                    order.add(path);
                }
                NamedNodeMap attrs = e.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    nodes.add(path + "/@" + attrs.item(i).getNodeName());
                }
                List<Element> kids = children(e, null);
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(new Object[] {kids.get(i), path + "/" + kids.get(i).getNodeName()});
                }
            }
        }

        private void collectExpressions(Element model) {
            for (Element bind : children(model, "bind")) {
                String nodeset = bind.getAttribute("nodeset").strip();
                for (String attr : new String[] {"relevant", "calculate", "constraint", "required", "readonly"}) {
                    if (bind.hasAttribute(attr)) {
                        expressions.add(new Expr(nodeset, attr, nodeset, bind.getAttribute(attr)));
                    }
                }
            }
            Element body = first(doc.getDocumentElement(), "body");
            Deque<Object[]> stack = new ArrayDeque<>();
            stack.push(new Object[] {model, null});
            if (body != null) {
                stack.push(new Object[] {body, null});
            }
            while (!stack.isEmpty()) {
                Object[] top = stack.pop();
                Element e = (Element) top[0];
                String context = (String) top[1];
                String ref = e.hasAttribute("ref") ? e.getAttribute("ref").strip()
                        : e.hasAttribute("nodeset") && !"itemset".equals(e.getLocalName())
                        ? e.getAttribute("nodeset").strip() : null;
                if (ref != null && ref.startsWith("/")) {
                    context = ref;
                }
                switch (e.getLocalName()) {
                    case "setvalue" -> {
                        if (e.hasAttribute("value") && ref != null) {
                            String event = e.getAttribute("event");
                            String kind = event.contains("odk-instance-first-load") || event.contains("odk-new-repeat")
                                    ? "default" : "trigger";
                            expressions.add(new Expr(ref, kind, ref, e.getAttribute("value")));
                        }
                    }
                    case "itemset" -> {
                        if (context != null) {
                            expressions.add(new Expr(context, "choice_filter", context, e.getAttribute("nodeset")));
                        }
                    }
                    case "repeat" -> {
                        String count = e.getAttributeNS(JR_NS, "count");
                        if (!count.isBlank() && context != null) {
                            expressions.add(new Expr(context, "repeat_count", context, count));
                        }
                    }
                    case "output" -> {
                        if (e.hasAttribute("value")) {
                            String ctx = context != null ? context : itextContext(e);
                            expressions.add(new Expr(ctx, "label", ctx, e.getAttribute("value")));
                        }
                    }
                    default -> {
                        // other elements only carry context to their children
                    }
                }
                for (Element child : children(e, null)) {
                    if (!"instance".equals(child.getLocalName()) && !"bind".equals(child.getLocalName())) {
                        stack.push(new Object[] {child, context});
                    }
                }
            }
        }

        /** An output inside {@code <text id="/data/q:label">} is read in the context of /data/q. */
        private static String itextContext(Element output) {
            for (Node n = output.getParentNode(); n instanceof Element el; n = n.getParentNode()) {
                if ("text".equals(el.getLocalName()) && el.hasAttribute("id")) {
                    String id = el.getAttribute("id");
                    int colon = id.indexOf(':');
                    String path = colon > 0 ? id.substring(0, colon) : id;
                    return path.startsWith("/") ? path : null;
                }
            }
            return null;
        }

        // ----- one expression -----

        private void check(Expr e) {
            String text = e.text() == null ? "" : e.text();
            if (text.isBlank()) {
                return;
            }
            if (text.length() > MAX_EXPRESSION_LENGTH) {
                problems.add(problem(e, "form.runtime.expressionTooLong", MAX_EXPRESSION_LENGTH));
                return;
            }
            XPathExpression parsed;
            try {
                parsed = XPathParseTool.parseXPath(text);
            } catch (XPathSyntaxException | RuntimeException ex) {
                String reason = String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT);
                problems.add(problem(e, reason.contains("bracket") || reason.contains("parenthes")
                        ? "form.runtime.expressionBrackets" : "form.runtime.expressionSyntax"));
                return;
            } catch (StackOverflowError ex) {
                problems.add(problem(e, "form.runtime.expressionTooDeep"));
                return;
            }
            if (parsed == null) {
                return;
            }
            walk(e, parsed);
        }

        private Problem problem(Expr e, String key, Object... more) {
            Object[] args = new Object[1 + more.length];
            args[0] = e.text() == null ? "" : e.text().strip();
            System.arraycopy(more, 0, args, 1, more.length);
            return new Problem(e.nodeset(), e.attribute(), key, args);
        }

        /** A pending piece of an expression with the node it is evaluated against (null: not the main instance). */
        private record Pending(XPathExpression expr, String context) {
        }

        private void walk(Expr e, XPathExpression root) {
            boolean dependency = switch (e.attribute()) {
                case "relevant", "calculate", "required", "readonly", "default" -> true;
                default -> false;
            };
            Set<String> reported = new HashSet<>();
            Deque<Pending> stack = new ArrayDeque<>();
            stack.push(new Pending(root, e.context()));
            while (!stack.isEmpty()) {
                Pending p = stack.pop();
                XPathExpression x = p.expr();
                if (x instanceof XPathBinaryOpExpr b) {
                    stack.push(new Pending(b.a, p.context()));
                    stack.push(new Pending(b.b, p.context()));
                } else if (x instanceof XPathUnaryOpExpr u) {
                    stack.push(new Pending(u.a, p.context()));
                } else if (x instanceof XPathFuncExpr f) {
                    String name = f.id.toString();
                    if (!EngineFunctions.isKnown(name) && reported.add("f:" + name)) {
                        problems.add(problem(e, "form.runtime.unknownFunction", name));
                    }
                    if ("instance".equals(name) && f.args.length == 1 && f.args[0] instanceof XPathStringLiteral s
                            && !instanceIds.contains(s.s) && reported.add("i:" + s.s)) {
                        problems.add(problem(e, "form.runtime.unknownInstance", s.s));
                    }
                    for (XPathExpression arg : f.args) {
                        stack.push(new Pending(arg, p.context()));
                    }
                } else if (x instanceof XPathFilterExpr fe) {
                    stack.push(new Pending(fe.x, p.context()));
                    for (XPathExpression pred : fe.predicates) {
                        stack.push(new Pending(pred, null));
                    }
                } else if (x instanceof XPathPathExpr path) {
                    String target = resolve(e, path, p.context(), stack, reported);
                    // a default naming its own node reads another repeat instance or the value before it:
                    // it runs once, on an event, and is no loop
                    boolean selfDefault = "default".equals(e.attribute()) && e.nodeset().equals(target);
                    if (dependency && target != null && !selfDefault) {
                        dependsOn.computeIfAbsent(e.nodeset(), k -> new LinkedHashMap<>())
                                .putIfAbsent(target, e.attribute());
                    }
                }
            }
            if ("relevant".equals(e.attribute())) {
                relevantGroups.add(e.nodeset());
            }
        }

        /**
         * Follows a location path through the main instance; returns the node it reaches, or null
         * when it leaves the main instance or uses steps this check does not follow. A named child
         * step from a known node to a node that does not exist is reported.
         */
        private String resolve(Expr e, XPathPathExpr path, String context, Deque<Pending> stack, Set<String> reported) {
            String base;
            switch (path.init_context) {
                case XPathPathExpr.INIT_CONTEXT_ROOT -> base = "";
                case XPathPathExpr.INIT_CONTEXT_RELATIVE -> base = context;
                default -> {
                    XPathFilterExpr filter = path.filtExpr;
                    boolean current = filter != null && filter.x instanceof XPathFuncExpr f
                            && "current".equals(f.id.toString()) && f.args.length == 0
                            && filter.predicates.length == 0;
                    base = current ? e.context() : null;
                    if (!current && filter != null) {
                        stack.push(new Pending(filter, context));
                    }
                }
            }
            for (XPathStep step : path.steps) {
                base = step(e, base, step, reported);
                for (XPathExpression pred : step.predicates) {
                    stack.push(new Pending(pred, base));
                }
            }
            return base == null || base.isEmpty() ? null : base;
        }

        private String step(Expr e, String base, XPathStep step, Set<String> reported) {
            if (base == null) {
                return null;
            }
            if (step.axis == XPathStep.AXIS_SELF && step.test == XPathStep.TEST_TYPE_NODE) {
                return base;
            }
            if (step.axis == XPathStep.AXIS_PARENT && step.test == XPathStep.TEST_TYPE_NODE) {
                int slash = base.lastIndexOf('/');
                return slash <= 0 ? null : base.substring(0, slash);
            }
            if (step.test != XPathStep.TEST_NAME) {
                return null;
            }
            String name = step.name.toString();
            if (step.axis == XPathStep.AXIS_ATTRIBUTE) {
                String candidate = base + "/@" + name;
                return nodes.contains(candidate) ? candidate : null;
            }
            if (step.axis != XPathStep.AXIS_CHILD) {
                return null;
            }
            String candidate = base + "/" + name;
            if (nodes.contains(candidate)) {
                return candidate;
            }
            if ((base.isEmpty() || nodes.contains(base)) && reported.add("r:" + candidate)) {
                problems.add(problem(e, "form.runtime.unknownReference", name));
            }
            return null;
        }

        // ----- cycles -----

        private void findCycles() {
            Map<String, Set<String>> graph = new LinkedHashMap<>();
            dependsOn.forEach((node, deps) -> graph.computeIfAbsent(node, k -> new LinkedHashSet<>()).addAll(deps.keySet()));
            // a group's relevance reaches every node inside it, as the engine cascades it; each
            // node finds its groups among its own ancestors (its path up to each '/'), so the
            // cost is nodes x depth, not nodes x groups
            Map<String, List<String>> inside = new HashMap<>();
            for (String node : order) {
                for (int slash = node.lastIndexOf('/'); slash > 0; slash = node.lastIndexOf('/', slash - 1)) {
                    String ancestor = node.substring(0, slash);
                    if (relevantGroups.contains(ancestor)) {
                        inside.computeIfAbsent(ancestor, k -> new ArrayList<>()).add(node);
                    }
                }
            }
            for (String group : relevantGroups) {
                for (String node : inside.getOrDefault(group, List.of())) {
                    graph.computeIfAbsent(node, k -> new LinkedHashSet<>()).add(group);
                }
            }
            Set<String> done = new HashSet<>();
            for (List<String> component : new StronglyConnected(graph).components()) {
                boolean selfLoop = component.size() == 1
                        && graph.getOrDefault(component.get(0), Set.of()).contains(component.get(0));
                if (component.size() < 2 && !selfLoop) {
                    continue;
                }
                Set<String> members = new HashSet<>(component);
                String start = null;
                String attribute = null;
                for (String node : order) {
                    Map<String, String> deps = dependsOn.get(node);
                    if (members.contains(node) && deps != null) {
                        for (Map.Entry<String, String> d : deps.entrySet()) {
                            if (members.contains(d.getKey())) {
                                start = node;
                                attribute = d.getValue();
                                break;
                            }
                        }
                    }
                    if (start != null) {
                        break;
                    }
                }
                if (start == null || !done.add(start)) {
                    continue;
                }
                String expression = expressionOf(start, attribute);
                problems.add(new Problem(start, attribute, "form.runtime.cycle",
                        new Object[] {expression, chain(start, members, graph)}));
            }
        }

        private String expressionOf(String nodeset, String attribute) {
            for (Expr e : expressions) {
                if (e.nodeset().equals(nodeset) && e.attribute().equals(attribute)) {
                    return e.text().strip();
                }
            }
            return "";
        }

        /** The names along one way round the cycle: "a → b → a". */
        private static String chain(String start, Set<String> members, Map<String, Set<String>> graph) {
            Map<String, String> previous = new LinkedHashMap<>();
            Deque<String> queue = new ArrayDeque<>();
            queue.add(start);
            String last = null;
            while (!queue.isEmpty() && last == null) {
                String node = queue.poll();
                for (String next : graph.getOrDefault(node, Set.of())) {
                    if (!members.contains(next)) {
                        continue;
                    }
                    if (next.equals(start)) {
                        last = node;
                        break;
                    }
                    if (!previous.containsKey(next)) {
                        previous.put(next, node);
                        queue.add(next);
                    }
                }
            }
            List<String> names = new ArrayList<>();
            names.add(name(start));
            for (String n = last; n != null && !n.equals(start); n = previous.get(n)) {
                names.add(1, name(n));
            }
            names.add(name(start));
            return String.join(" → ", names);
        }

        private static String name(String path) {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        // ----- DOM helpers -----

        private static Element first(Element parent, String localName) {
            Deque<Element> stack = new ArrayDeque<>();
            stack.push(parent);
            while (!stack.isEmpty()) {
                Element e = stack.pop();
                if (localName.equals(e.getLocalName()) && XFORMS_NS.equals(e.getNamespaceURI())
                        || localName.equals(e.getLocalName()) && !"model".equals(localName)) {
                    return e;
                }
                List<Element> kids = children(e, null);
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(kids.get(i));
                }
            }
            return null;
        }

        private static Element firstElement(Element parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    return e;
                }
            }
            return null;
        }

        private static List<Element> children(Element parent, String localName) {
            List<Element> out = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
                    out.add(e);
                }
            }
            return out;
        }
    }
}
