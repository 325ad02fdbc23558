package org.campo.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.PromptType;

/**
 * The questions of one screen laid out top to bottom, with table-list groups as grids. Knows
 * the order of the focusable controls so Enter can move through them like Tab.
 */
final class ScreenContent extends VBox {
    private final List<QuestionBlock> blocks = new ArrayList<>();
    private final List<TableListGrid> grids = new ArrayList<>();
    private final List<Node> focusOrder = new ArrayList<>();
    private final List<String> focusRefs = new ArrayList<>();

    ScreenContent(List<Prompt> prompts, PromptWidgets widgets, AnswerSink sink) {
        super(22);
        setId("screen-questions");
        int i = 0;
        while (i < prompts.size()) {
            Prompt p = prompts.get(i);
            if (isTableHeader(p)) {
                List<Prompt> rows = new ArrayList<>();
                int j = i + 1;
                while (j < prompts.size() && Appearances.has(prompts.get(j), "list-nolabel")) {
                    rows.add(prompts.get(j));
                    j++;
                }
                TableListGrid grid = new TableListGrid(p, rows, sink);
                grids.add(grid);
                getChildren().add(grid);
                for (int r = 0; r < grid.focusTargets().size(); r++) {
                    focusOrder.add(grid.focusTargets().get(r));
                    focusRefs.add(rows.get(r).ref());
                }
                i = j;
                continue;
            }
            QuestionBlock block = new QuestionBlock(p, widgets.create(p));
            blocks.add(block);
            getChildren().add(block);
            Node target = block.widget().focusTarget();
            if (target != null) {
                focusOrder.add(target);
                focusRefs.add(p.ref());
            }
            i++;
        }
    }

    private static boolean isTableHeader(Prompt p) {
        return (p.type() == PromptType.SELECT_ONE || p.type() == PromptType.SELECT_MULTIPLE)
                && Appearances.has(p, "label");
    }

    void showProblems(Map<String, String> problems) {
        for (QuestionBlock block : blocks) {
            block.showProblem(problems.get(block.prompt().ref()));
        }
        for (TableListGrid grid : grids) {
            for (String ref : focusRefs) {
                grid.showProblem(ref, problems.get(ref));
            }
        }
    }

    void commitAll() {
        for (QuestionBlock block : blocks) {
            block.widget().commit();
        }
    }

    List<Node> focusOrder() {
        return focusOrder;
    }

    /** The focus target of a question, for jumping to a problem. */
    Node focusTargetOf(String ref) {
        int index = focusRefs.indexOf(ref);
        return index < 0 ? null : focusOrder.get(index);
    }

    /** The question whose control contains {@code node}, or null. */
    String refContaining(Node node) {
        for (int i = 0; i < focusOrder.size(); i++) {
            for (Node n = node; n != null; n = n.getParent()) {
                if (n == focusOrder.get(i)) {
                    return focusRefs.get(i);
                }
            }
        }
        for (QuestionBlock block : blocks) {
            for (Node n = node; n != null; n = n.getParent()) {
                if (n == block) {
                    return block.prompt().ref();
                }
            }
        }
        return null;
    }

    /** Whether Enter in this node should move on rather than act inside it (text areas add lines). */
    boolean enterMovesOn(Node node) {
        for (QuestionBlock block : blocks) {
            if (block.widget() instanceof TextWidget text && block.widget().focusTarget() == node) {
                return text.enterMovesOn();
            }
        }
        return true;
    }
}
