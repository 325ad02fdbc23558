package org.campo.qda.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.campo.qda.CaseRecord;
import org.campo.model.Code;
import org.campo.qda.Coder;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.qda.QdaSnapshot;
import org.campo.model.Source;

/**
 * An import target in memory whose change is all or nothing, like the study's unit of work: the
 * writes land in a copy that replaces the state only if the change completes. {@link #failAfter}
 * makes a write fail part-way, to show that nothing of a failed import stays.
 */
final class InMemoryImportTarget implements ImportTarget {
    final List<Coder> coders = new ArrayList<>();
    final List<Code> codes = new ArrayList<>();
    final List<CaseRecord> cases = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final List<Coding> codings = new ArrayList<>();
    final List<Memo> memos = new ArrayList<>();
    final List<String> audit = new ArrayList<>();
    private final String importer;
    int failAfter = -1;

    InMemoryImportTarget(Coder importer) {
        this.importer = importer.id();
        coders.add(importer);
    }

    @Override
    public QdaSnapshot current() {
        return new QdaSnapshot("study", "Imported", List.copyOf(coders), List.copyOf(codes), List.copyOf(sources),
                List.copyOf(codings), List.copyOf(memos), List.copyOf(cases));
    }

    @Override
    public String importingCoderId() {
        return importer;
    }

    @Override
    public void change(String summary, Consumer<Writer> work) {
        InMemoryImportTarget copy = new InMemoryImportTarget(coders.get(0));
        copy.coders.clear();
        copy.coders.addAll(coders);
        copy.codes.addAll(codes);
        copy.cases.addAll(cases);
        copy.sources.addAll(sources);
        copy.codings.addAll(codings);
        copy.memos.addAll(memos);
        int[] writes = {0};
        Runnable count = () -> {
            if (failAfter >= 0 && writes[0]++ >= failAfter) {
                throw new IllegalStateException("disk full");
            }
        };
        work.accept(new Writer() {
            @Override
            public void addCoder(Coder coder) {
                count.run();
                copy.coders.add(coder);
            }

            @Override
            public void addCode(Code code) {
                count.run();
                copy.codes.add(code);
            }

            @Override
            public void addCase(CaseRecord record) {
                count.run();
                copy.cases.add(record);
            }

            @Override
            public void addSource(Source source) {
                count.run();
                copy.sources.add(source);
            }

            @Override
            public void addCoding(Coding coding) {
                count.run();
                copy.codings.add(coding);
            }

            @Override
            public void addMemo(Memo memo) {
                count.run();
                copy.memos.add(memo);
            }
        });
        coders.clear();
        coders.addAll(copy.coders);
        codes.clear();
        codes.addAll(copy.codes);
        cases.clear();
        cases.addAll(copy.cases);
        sources.clear();
        sources.addAll(copy.sources);
        codings.clear();
        codings.addAll(copy.codings);
        memos.clear();
        memos.addAll(copy.memos);
        audit.add(summary);
    }

    boolean isEmpty() {
        return codes.isEmpty() && cases.isEmpty() && sources.isEmpty() && codings.isEmpty() && memos.isEmpty()
                && coders.size() == 1 && audit.isEmpty();
    }
}
