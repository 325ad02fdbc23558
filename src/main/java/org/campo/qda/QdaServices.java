package org.campo.qda;

import java.util.ArrayList;
import java.util.List;
import org.campo.collect.FormLibrary;
import org.campo.model.Member;
import org.campo.study.OpenStudy;
import org.campo.model.Source;

/**
 * The qualitative-analysis feature for one unlocked study, wired together (the composition
 * root hands one out per open study, so screens and commands share one in-memory cache and one
 * blind-mode switch). Every service needs response access: the IRB role sees no source text,
 * memo, code or case attribute through any of them.
 */
public final class QdaServices {
    private final QdaContext ctx;
    private final SourceService sources;
    private final CodebookService codebook;
    private final CodingService codings;
    private final MemoService memos;
    private final CaseService cases;
    private final Retrieval retrieval;
    private final InterviewSources interviews;
    private final ConsensusService consensus;
    private final AttributeLabels attributeLabels;

    public QdaServices(OpenStudy study, FormLibrary forms) {
        this.ctx = new QdaContext(study);
        this.sources = new SourceService(ctx);
        this.codebook = new CodebookService(ctx);
        this.codings = new CodingService(ctx);
        this.memos = new MemoService(ctx);
        this.cases = new CaseService(ctx);
        this.attributeLabels = new AttributeLabels(forms);
        this.retrieval = new Retrieval(ctx, cases, attributeLabels);
        this.interviews = new InterviewSources(ctx, sources, forms);
        this.consensus = new ConsensusService(ctx, this::snapshot);
    }

    public SourceService sources() {
        return sources;
    }

    public CodebookService codebook() {
        return codebook;
    }

    public CodingService codings() {
        return codings;
    }

    public MemoService memos() {
        return memos;
    }

    public CaseService cases() {
        return cases;
    }

    public Retrieval retrieval() {
        return retrieval;
    }

    public InterviewSources interviews() {
        return interviews;
    }

    /** How case attributes read in a language: the labels of the form options they store. */
    public AttributeLabels attributeLabels() {
        return attributeLabels;
    }

    /** Consensus coding of two coders' disagreements, kept as a third set of codings. */
    public ConsensusService consensus() {
        return consensus;
    }

    /** Blind mode: this member sees only their own codings everywhere (text, counts, retrieval, snapshot). */
    public void setBlind(boolean blind) {
        ctx.lens.blind(blind);
    }

    public boolean isBlind() {
        return ctx.lens.blind();
    }

    /**
     * Drops the decrypted texts and their search forms kept in memory; called when the study is
     * locked, so nothing of the texts outlives the key.
     */
    public void forgetTexts() {
        ctx.cache.clear();
    }

    /** How many sources are held in memory (for tests). */
    int cachedSources() {
        return ctx.cache.size();
    }

    /** The member who is coding. */
    public Member coder() {
        return ctx.study.member();
    }

    /**
     * Everything an export reads, at one moment, as this member may see it (their own codings
     * only in blind mode). Coders are the study's members, the external coders whose codings came
     * from another tool, and the consensus coders of pairs of them.
     */
    public QdaSnapshot snapshot() {
        ctx.require();
        return ctx.study.changes().read(r -> {
            List<Coder> coders = new ArrayList<>();
            for (Member m : r.members().all()) {
                coders.add(new Coder(m.id(), m.userName(), false));
            }
            coders.addAll(ExternalCoders.all(r));
            ConsensusService.coders(r).forEach(p -> coders.add(p.coder()));
            List<Source> all = new ArrayList<>();
            ctx.cache.all().forEach(e -> all.add(e.source()));
            return new QdaSnapshot(ctx.study.record().id(), ctx.study.record().name(), coders, r.codes().all(), all,
                    ctx.lens.filter(r.codings().all()), r.memos().all(), cases.cases());
        });
    }
}
