package org.campo.export.dataset;

import org.campo.export.FileNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.campo.export.AtomicFile;
import org.campo.form.runtime.FieldKind;
import org.campo.form.runtime.FieldSchema;

/**
 * {@code read_<form>.R}: reads what the export wrote beside it (the CSV tables with base R, or
 * the workbook's sheets with readxl), turns select_one columns into
 * factors with the choice labels, dates into Dates, and shows how repeats join their parent.
 * Partners in Peru are trained in R for flow monitoring data; this saves each analyst from
 * retyping the codebook.
 */
final class RScriptWriter {
    private final DatasetLayout layout;
    private final String language;
    private final DatasetFormat format;

    RScriptWriter(DatasetLayout layout, String language, DatasetFormat format) {
        this.layout = layout;
        this.language = language;
        this.format = format;
    }

    Path write(Path dir) {
        StringBuilder r = new StringBuilder();
        boolean xlsx = format == DatasetFormat.XLSX;
        String workbook = FileNames.safe(layout.schema().formId()) + ".xlsx";
        r.append("# Reads the Campo export of form '").append(layout.schema().formId()).append("'.\n")
                .append("# Run from the folder that holds the ").append(xlsx ? workbook : "CSV files")
                .append(": source(\"read_").append(layout.schema().formId()).append(".R\")\n\n");
        if (xlsx) {
            r.append("# install.packages(\"readxl\") once, if it is missing\n")
                    .append("library(readxl)\n")
                    .append("read_campo <- function(sheet) {\n")
                    .append("  as.data.frame(read_excel(\"").append(workbook)
                    .append("\", sheet = sheet, col_types = \"text\"))\n}\n\n");
        } else {
            r.append("read_campo <- function(file) {\n")
                    .append("  read.csv(file, fileEncoding = \"UTF-8-BOM\", check.names = FALSE, stringsAsFactors = FALSE,\n")
                    .append("           na.strings = \"\")\n}\n\n");
        }
        List<String> sheets = XlsxTableSink.sheetNames(layout.tables());
        for (int i = 0; i < layout.tables().size(); i++) {
            DatasetTable t = layout.tables().get(i);
            String var = rName(t.name());
            r.append(var).append(" <- read_campo(\"").append(xlsx ? sheets.get(i) : t.name() + ".csv").append("\")\n");
            for (Column c : t.columns()) {
                FieldSchema f = c.field();
                if (f == null || c.choice() != null) {
                    continue;
                }
                String col = var + "[[\"" + c.header() + "\"]]";
                if (f.kind() == FieldKind.SELECT_ONE && !f.choices().isEmpty()) {
                    r.append(col).append(" <- factor(").append(col).append(",\n    levels = c(")
                            .append(join(f.choices().stream().map(FieldSchema.ChoiceSchema::value).toList()))
                            .append("),\n    labels = c(")
                            .append(join(f.choices().stream().map(ch -> ch.label(language)).toList()))
                            .append("))\n");
                } else if (f.kind() == FieldKind.DATE) {
                    r.append(col).append(" <- as.Date(").append(col).append(")\n");
                } else if (xlsx && f.kind().isNumeric()) {
                    r.append(col).append(" <- as.numeric(").append(col).append(")\n");
                }
            }
            r.append('\n');
        }
        if (layout.tables().size() > 1) {
            String main = rName(layout.tables().get(0).name());
            DatasetTable first = layout.tables().get(1);
            r.append("# Repeats join their parent row through PARENT_KEY, e.g.:\n# merge(")
                    .append(rName(first.name())).append(", ").append(main)
                    .append(", by.x = \"PARENT_KEY\", by.y = \"KEY\")\n");
        }
        Path file = FileNames.inside(dir, "read_" + FileNames.safe(layout.schema().formId()) + ".R");
        AtomicFile.write(file, out -> out.write(r.toString().getBytes(StandardCharsets.UTF_8)));
        return file;
    }

    private static String rName(String name) {
        return name.replaceAll("[^A-Za-z0-9_.]", "_").toLowerCase(Locale.ROOT);
    }

    private static String join(List<String> values) {
        return String.join(", ", values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .toList());
    }
}
