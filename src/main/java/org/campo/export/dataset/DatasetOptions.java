package org.campo.export.dataset;

/**
 * What a dataset export contains.
 *
 * @param formId           the form (all its versions are exported against the newest one's variables)
 * @param format           CSV or XLSX
 * @param choiceLabels     write choice labels instead of choice values
 * @param language         the form language for labels (null: the form's default)
 * @param splitMultiple    also write select_multiple answers as one 0/1 column per choice
 * @param includeSensitive include fields marked sensitive (coordinators only; audited)
 * @param includeDrafts    include unfinished submissions
 * @param skipDamaged      leave out (and list) submissions whose stored values are damaged, instead of
 *                         stopping the export at the first one
 */
public record DatasetOptions(String formId, DatasetFormat format, boolean choiceLabels, String language,
                             boolean splitMultiple, boolean includeSensitive, boolean includeDrafts,
                             boolean skipDamaged) {

    public DatasetOptions(String formId, DatasetFormat format, boolean choiceLabels, String language,
                          boolean splitMultiple, boolean includeSensitive, boolean includeDrafts) {
        this(formId, format, choiceLabels, language, splitMultiple, includeSensitive, includeDrafts, false);
    }

    public static DatasetOptions defaults(String formId, DatasetFormat format) {
        return new DatasetOptions(formId, format, false, null, true, false, false);
    }

    public DatasetOptions withSensitive(boolean include) {
        return new DatasetOptions(formId, format, choiceLabels, language, splitMultiple, include, includeDrafts,
                skipDamaged);
    }

    public DatasetOptions withLabels(boolean labels, String lang) {
        return new DatasetOptions(formId, format, labels, lang, splitMultiple, includeSensitive, includeDrafts,
                skipDamaged);
    }

    public DatasetOptions withSkipDamaged(boolean skip) {
        return new DatasetOptions(formId, format, choiceLabels, language, splitMultiple, includeSensitive, includeDrafts,
                skip);
    }
}
