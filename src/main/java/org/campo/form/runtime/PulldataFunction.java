package org.campo.form.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.javarosa.core.model.condition.EvaluationContext;
import org.javarosa.core.model.condition.IFunctionHandler;
import org.javarosa.xpath.expr.XPathFuncExpr;

/**
 * ODK's {@code pulldata(csv, returnColumn, keyColumn, key)}: looks a value up in a CSV attachment
 * named {@code csv.csv}. JavaRosa leaves this function to the client (Collect builds a database of
 * the CSV); Campo reads the CSV once per session, which is fast enough for the lists forms ship.
 * An unknown file, column or key gives an empty string, as in Collect.
 */
final class PulldataFunction implements IFunctionHandler {
    private static final Logger LOG = Logger.getLogger(PulldataFunction.class.getName());

    private final FormAttachments attachments;
    private final Map<String, Optional<CsvTable>> tables = new HashMap<>();

    PulldataFunction(FormAttachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public String getName() {
        return "pulldata";
    }

    @Override
    public List<Class<?>[]> getPrototypes() {
        return List.of();
    }

    @Override
    public boolean rawArgs() {
        return true;
    }

    @Override
    public Object eval(Object[] args, EvaluationContext ec) {
        if (args.length != 4) {
            throw new IllegalArgumentException("pulldata needs 4 arguments, got " + args.length);
        }
        String name = XPathFuncExpr.toString(args[0]);
        return table(name)
                .flatMap(t -> t.lookup(XPathFuncExpr.toString(args[1]), XPathFuncExpr.toString(args[2]),
                        XPathFuncExpr.toString(args[3])))
                .orElse("");
    }

    private Optional<CsvTable> table(String name) {
        return tables.computeIfAbsent(name, n -> {
            String fileName = n.endsWith(".csv") ? n : n + ".csv";
            Optional<Path> file = attachments.existing(fileName);
            if (file.isEmpty()) {
                LOG.warning(() -> "pulldata: no attachment " + fileName);
                return Optional.empty();
            }
            try {
                return Optional.of(CsvTable.read(file.get()));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "pulldata: cannot read " + fileName, e);
                return Optional.empty();
            }
        });
    }
}
