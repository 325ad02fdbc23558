package org.campo.qda.triangulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campo.common.CampoException;
import org.campo.qda.AttributeDisplay;
import org.campo.qda.CaseRecord;
import org.campo.model.Code;
import org.campo.qda.CodeTree;
import org.campo.model.Coding;
import org.campo.qda.QdaSnapshot;
import org.campo.model.Source;

/**
 * Builds the triangulation matrix from a snapshot. A case belongs to the group of its attribute
 * values (a case without a value is in the group "—"); a case counts in a cell when any segment of
 * its sources is coded with the theme or one of its sub-codes (by any coder; detached segments
 * are left out). Sources without a case are not in the matrix. Groups are made of the values as
 * stored; their headers read as the display gives them (the form options' labels).
 */
public final class Triangulation {
    /** The group of cases that have no value for an attribute. */
    public static final String NO_VALUE = "—";
    private final AttributeDisplay display;

    /** A matrix whose headers read as the values are stored. */
    public Triangulation() {
        this(AttributeDisplay.STORED);
    }

    public Triangulation(AttributeDisplay display) {
        this.display = display;
    }

    public TriangulationMatrix matrix(QdaSnapshot snapshot, MatrixRequest request) {
        if (request.attributes().isEmpty() || request.attributes().size() > 2) {
            throw new CampoException("qda.matrix.attributes");
        }
        Map<String, CaseRecord> cases = new LinkedHashMap<>();
        snapshot.cases().forEach(c -> cases.put(c.id(), c));
        for (String attribute : request.attributes()) {
            checkAttribute(snapshot, attribute, request.includeSensitive());
        }
        Map<String, Source> sources = new HashMap<>();
        Set<String> casesWithSource = new HashSet<>();
        for (Source s : snapshot.sources()) {
            sources.put(s.id(), s);
            if (s.caseId() != null && cases.containsKey(s.caseId())) {
                casesWithSource.add(s.caseId());
            }
        }
        Map<String, MatrixColumn> columns = new LinkedHashMap<>();
        Map<String, String> columnOfCase = new HashMap<>();
        for (CaseRecord c : cases.values()) {
            if (!casesWithSource.contains(c.id())) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (String a : request.attributes()) {
                String v = c.attributes().get(a);
                values.add(v == null || v.isBlank() ? NO_VALUE : v.trim());
            }
            String key = MatrixColumn.keyOf(request.attributes(), values);
            columns.putIfAbsent(key, new MatrixColumn(key, values, display.values(request.attributes(), values)));
            columnOfCase.put(c.id(), key);
        }
        List<MatrixColumn> columnList = new ArrayList<>(columns.values());
        Map<String, Integer> groupSize = new HashMap<>();
        columnOfCase.values().forEach(k -> groupSize.merge(k, 1, Integer::sum));

        Map<String, List<Coding>> codingsByCode = new HashMap<>();
        for (Coding coding : snapshot.codings()) {
            Source s = sources.get(coding.sourceId());
            if (coding.detached() || s == null || !columnOfCase.containsKey(s.caseId())) {
                continue;
            }
            codingsByCode.computeIfAbsent(coding.codeId(), k -> new ArrayList<>()).add(coding);
        }
        Comparator<Coding> order = Comparator.comparing((Coding c) -> sources.get(c.sourceId()).name())
                .thenComparing(Coding::sourceId).thenComparingInt(Coding::start).thenComparingInt(Coding::end);

        CodeTree tree = new CodeTree(snapshot.codes());
        List<ThemeRow> rows = new ArrayList<>();
        for (Code code : tree.depthFirst()) {
            List<Coding> rolled = new ArrayList<>();
            for (String id : tree.withDescendants(code.id())) {
                rolled.addAll(codingsByCode.getOrDefault(id, List.of()));
            }
            rolled.sort(order);
            List<MatrixCell> cells = new ArrayList<>();
            Set<String> allCases = new HashSet<>();
            for (MatrixColumn column : columnList) {
                Set<String> withTheme = new HashSet<>();
                List<Coding> segments = new ArrayList<>();
                for (Coding c : rolled) {
                    String caseId = sources.get(c.sourceId()).caseId();
                    if (column.key().equals(columnOfCase.get(caseId))) {
                        withTheme.add(caseId);
                        segments.add(c);
                    }
                }
                allCases.addAll(withTheme);
                cells.add(new MatrixCell(withTheme.size(), groupSize.getOrDefault(column.key(), 0), segments));
            }
            rows.add(new ThemeRow(code, tree.path(code.id()), tree.depth(code.id()), cells,
                    new MatrixCell(allCases.size(), columnOfCase.size(), rolled)));
        }
        return new TriangulationMatrix(snapshot.studyName(), request.attributes(),
                request.attributes().stream().map(display::name).toList(), columnList, rows, columnOfCase);
    }

    /**
     * Refuses an attribute no case has, and a sensitive one unless the coordinator opted in.
     */
    static void checkAttribute(QdaSnapshot snapshot, String attribute, boolean includeSensitive) {
        boolean known = false;
        for (CaseRecord c : snapshot.cases()) {
            if (c.attributes().containsKey(attribute)) {
                known = true;
            }
            if (c.sensitive().contains(attribute) && !includeSensitive) {
                throw new CampoException("qda.matrix.sensitive", attribute);
            }
        }
        if (!known) {
            throw new CampoException("qda.matrix.unknownAttribute", attribute);
        }
    }
}
