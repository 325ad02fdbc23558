package org.campo.qda.refi;

import java.util.function.Consumer;
import org.campo.qda.CaseRecord;
import org.campo.model.Code;
import org.campo.qda.Coder;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.qda.QdaSnapshot;
import org.campo.model.Source;

/**
 * Where an import lands: the study's qualitative analysis, reached through its services. The
 * importer reads what is there (to map coders to members and to merge codes and cases already
 * present) and writes everything inside one {@link #change}: one audited unit of work, so a
 * failure part-way stores nothing.
 */
public interface ImportTarget {
    /** The analysis as it stands, as the importing member may see it. */
    QdaSnapshot current();

    /** The coder id of the member who imports (codings without a coder are theirs). */
    String importingCoderId();

    /** Runs {@code work} as one audited change whose audit entry carries {@code summary}. */
    void change(String summary, Consumer<Writer> work);

    /** The writes an import makes. */
    interface Writer {
        void addCoder(Coder coder);

        void addCode(Code code);

        void addCase(CaseRecord record);

        void addSource(Source source);

        void addCoding(Coding coding);

        void addMemo(Memo memo);
    }
}
