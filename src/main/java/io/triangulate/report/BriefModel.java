package io.triangulate.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the workbook and the PDF brief show, as plain Java values. The analyses' results are
 * adapted to this model by the job; the writers never see a Dataset, so report tests need no Spark.
 * Lists are kept in the order given: the caller sorts (writers add no ordering of their own).
 */
public record BriefModel(
        Meta meta,
        CorpusCounts counts,
        List<Finding> findings,
        List<SheetTable> tables,
        List<Section> sections,
        List<Evidence> evidence) {

    public BriefModel {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(counts, "counts");
        findings = List.copyOf(findings);
        tables = List.copyOf(tables);
        sections = List.copyOf(sections);
        evidence = List.copyOf(evidence);
    }

    /**
     * Title block. {@code generatedAt} is passed in (never taken from the clock here) so the same
     * model always gives the same files. {@code language} is the report language: "en" or "ar".
     */
    public record Meta(
            String productTitle,
            String jobName,
            String periodLabel,
            String previousPeriodLabel,
            Instant generatedAt,
            String language) {

        public Meta {
            Objects.requireNonNull(productTitle, "productTitle");
            Objects.requireNonNull(generatedAt, "generatedAt");
            language = language == null ? "en" : language;
        }

        public boolean rightToLeft() {
            return "ar".equals(language);
        }
    }

    /** One labelled count, e.g. an outlet and its article count. */
    public record Count(String label, long value) {
        public Count {
            Objects.requireNonNull(label, "label");
        }
    }

    /** Corpus funnel: what came in, what was kept, why the rest was not. */
    public record CorpusCounts(
            long recordsIn,
            long accepted,
            List<Count> rejectedByReason,
            long duplicates,
            List<Count> articlesPerOutlet,
            List<Count> languages) {

        public CorpusCounts {
            rejectedByReason = List.copyOf(rejectedByReason);
            articlesPerOutlet = List.copyOf(articlesPerOutlet);
            languages = List.copyOf(languages);
        }

        public long rejected() {
            return rejectedByReason.stream().mapToLong(Count::value).sum();
        }
    }

    /** A key finding in plain words; {@code evidenceRefs} are {@link Evidence#refId()}s. */
    public record Finding(String headline, String detail, List<String> evidenceRefs) {
        public Finding {
            Objects.requireNonNull(headline, "headline");
            detail = detail == null ? "" : detail;
            evidenceRefs = List.copyOf(evidenceRefs);
        }
    }

    /**
     * A section of the PDF brief, one per analysis: intro text, figures, and excerpts of sheet
     * tables (the full tables live in the workbook).
     */
    public record Section(String title, String intro, List<Figure> figures, List<TableExcerpt> excerpts) {
        public Section {
            Objects.requireNonNull(title, "title");
            intro = intro == null ? "" : intro;
            figures = List.copyOf(figures);
            excerpts = List.copyOf(excerpts);
        }
    }

    /**
     * The first {@code maxRows} rows of the sheet table named {@code sheetName}, showing the
     * columns at the given indexes (empty = all columns), in the PDF.
     */
    public record TableExcerpt(String sheetName, String caption, List<Integer> columns, int maxRows) {
        public TableExcerpt {
            Objects.requireNonNull(sheetName, "sheetName");
            caption = caption == null ? "" : caption;
            columns = List.copyOf(columns);
        }
    }

    /**
     * One evidence sentence: article, outlet, sentence index and character span into the article
     * text, the sentence as shown to readers, and the article URL (may be null).
     */
    public record Evidence(
            String refId,
            String articleId,
            String outlet,
            String published,
            int sentenceIndex,
            int start,
            int end,
            String sentenceText,
            String url) {

        public Evidence {
            Objects.requireNonNull(refId, "refId");
            Objects.requireNonNull(articleId, "articleId");
            sentenceText = sentenceText == null ? "" : sentenceText;
        }

        /** Short human reference, e.g. "seed-002 #5 [812–934]". */
        public String citation() {
            return articleId + " #" + sentenceIndex + " [" + start + "\u2013" + end + "]";
        }
    }

    /** Finds the table with the given sheet name. */
    public java.util.Optional<SheetTable> table(String sheetName) {
        return tables.stream().filter(t -> t.sheetName().equals(sheetName)).findFirst();
    }

    /**
     * Consistency problems a writer would otherwise stumble on, each naming the bad field;
     * empty when the model is usable.
     */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (!"en".equals(meta.language()) && !"ar".equals(meta.language())) {
            problems.add("meta.language: must be \"en\" or \"ar\", was \"" + meta.language() + "\"");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (SheetTable table : tables) {
            problems.addAll(table.validate());
            if (!names.add(table.sheetName())) {
                problems.add("tables: sheet name \"" + table.sheetName() + "\" appears twice");
            }
            if (table.sheetName().equals(WorkbookWriter.SUMMARY_SHEET)
                    || table.sheetName().equals(WorkbookWriter.EVIDENCE_SHEET)) {
                problems.add("tables: sheet \"" + table.sheetName() + "\" is written from the model itself");
            }
        }
        java.util.Set<String> refs = new java.util.HashSet<>();
        for (Evidence e : evidence) {
            if (!refs.add(e.refId())) {
                problems.add("evidence: refId \"" + e.refId() + "\" appears twice");
            }
        }
        for (int i = 0; i < findings.size(); i++) {
            for (String ref : findings.get(i).evidenceRefs()) {
                if (!refs.contains(ref)) {
                    problems.add("findings[" + i + "].evidenceRefs: unknown refId \"" + ref + "\"");
                }
            }
        }
        for (Section section : sections) {
            for (TableExcerpt excerpt : section.excerpts()) {
                if (!names.contains(excerpt.sheetName())) {
                    problems.add("sections[" + section.title() + "].excerpts: no table \"" + excerpt.sheetName() + "\"");
                }
            }
        }
        return problems;
    }
}
