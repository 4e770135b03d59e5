package io.triangulate.brief;

import io.triangulate.coverage.ArticlePair;
import io.triangulate.coverage.CitationRow;
import io.triangulate.coverage.CoverageHeadlines;
import io.triangulate.coverage.CoverageOutputs;
import io.triangulate.coverage.FactRow;
import io.triangulate.coverage.StoryRow;
import io.triangulate.report.BriefModel;
import io.triangulate.report.Figure;
import io.triangulate.report.Labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.triangulate.report.SheetTable.ColumnType.ARABIC_TEXT;
import static io.triangulate.report.SheetTable.ColumnType.DATE;
import static io.triangulate.report.SheetTable.ColumnType.DECIMAL;
import static io.triangulate.report.SheetTable.ColumnType.INTEGER;
import static io.triangulate.report.SheetTable.ColumnType.REF;
import static io.triangulate.report.SheetTable.ColumnType.TEXT;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;

/** The "who covers what" part of the brief: stories, fact coverage, reprints and citations. */
final class CoverageBrief {

    private CoverageBrief() {
    }

    static BriefPart build(CoverageOutputs out, CoverageHeadlines h, Labels labels, EvidenceBook evidence, int maxRows) {
        BriefPart part = new BriefPart();
        TableBuilder stories = new TableBuilder("Stories", labels)
                .col("story", TEXT, 14).col("label", ARABIC_TEXT, 40).col("articles", INTEGER, 9)
                .col("outletList", TEXT, 30).col("firstSeen", DATE, 12).col("lastSeen", DATE, 12)
                .col("topActors", TEXT, 30).col("keyTerms", ARABIC_TEXT, 30);
        for (StoryRow s : out.stories().orderBy(desc("articles"), col("storyId")).limit(maxRows).collectAsList()) {
            stories.row(s.getStoryId(), s.getLabel(), s.getArticles(), String.join(", ", s.getOutlets()),
                    s.getFirstPublished(), s.getLastPublished(), String.join(", ", s.getTopActors()),
                    String.join("، ", s.getKeyTerms()));
        }
        part.tables.add(stories.build());

        Map<String, FactRow> facts = factsShown(out, h);
        part.tables.add(coverageMatrix(h, facts, labels, evidence));

        TableBuilder pairs = new TableBuilder("Article pairs", labels)
                .col("articleA", TEXT, 20).col("outletA", TEXT, 14).col("articleB", TEXT, 20).col("outletB", TEXT, 14)
                .col("jaccard", DECIMAL, 9).col("containmentAinB", DECIMAL, 11).col("containmentBinA", DECIMAL, 11)
                .col("relation", TEXT, 16).col("derivedFrom", TEXT, 20).col("basis", TEXT, 16)
                .col("sharedSentences", INTEGER, 10).col("story", TEXT, 14);
        for (ArticlePair p : out.pairs().orderBy(desc("jaccard"), col("articleA"), col("articleB")).limit(maxRows).collectAsList()) {
            pairs.row(p.getArticleA(), p.getOutletA(), p.getArticleB(), p.getOutletB(), r3(p.getJaccard()),
                    r3(p.getContainmentAinB()), r3(p.getContainmentBinA()), p.getRelation(), p.getDerivedFrom(),
                    p.getDerivationBasis(), p.getSharedSentences(), p.getStoryId());
        }
        part.tables.add(pairs.build());

        TableBuilder citations = new TableBuilder("Citations", labels)
                .col("article", TEXT, 20).col("outlet", TEXT, 14).col("citedSource", ARABIC_TEXT, 24)
                .col("citedActor", TEXT, 18).col("cue", ARABIC_TEXT, 20).col("location", TEXT, 22)
                .col("evidenceText", ARABIC_TEXT, 70);
        for (CitationRow c : out.citations().orderBy(col("outlet"), col("articleId"), col("sentenceIndex"), col("start"))
                .limit(maxRows).collectAsList()) {
            citations.row(c.getArticleId(), c.getOutlet(), c.getCitedSource(), c.getCitedActorId(), c.getCue(),
                    Locations.of(c.getArticleId(), c.getSentenceIndex(), c.getStart(), c.getEnd()), c.getEvidence());
        }
        part.tables.add(citations.build());

        List<Figure> figures = new ArrayList<>();
        if (!h.matrices().isEmpty()) {
            figures.add(matrixFigure(h.matrices().get(0), labels));
        }
        if (!h.reprintFlows().isEmpty()) {
            figures.add(flowFigure(h.reprintFlows(), labels));
        }
        part.sections.add(new BriefModel.Section(labels.get("section.coverage"),
                labels.get("section.coverage.intro", h.stories(), h.multiArticleStories(), h.facts(), h.exclusives(),
                        h.omissions(), h.citations()),
                figures,
                List.of(new BriefModel.TableExcerpt("Stories", labels.get("excerpt.stories"), List.of(1, 2, 3, 4, 5), 10),
                        new BriefModel.TableExcerpt("Article pairs", labels.get("excerpt.pairs.articles"),
                                List.of(0, 1, 2, 3, 4, 7, 8), 10),
                        new BriefModel.TableExcerpt("Citations", labels.get("excerpt.citations"), List.of(1, 2, 4, 5), 12))));

        // a story told by one article is no finding about coverage
        for (CoverageHeadlines.StorySummary s : h.biggestStories().stream().filter(x -> x.articles() > 1).limit(2).toList()) {
            List<String> refs = new ArrayList<>();
            facts.values().stream().filter(f -> f.getStoryId().equals(s.storyId())).findFirst()
                    .ifPresent(f -> refs.add(evidence.cite(new SentenceRef(f.getArticleId(), f.getSentenceIndex(), f.getStart(), f.getEnd()))));
            part.findings.add(new BriefModel.Finding(labels.get("finding.story", s.label()),
                    labels.get("finding.story.detail", s.articles(), s.outlets().size(), String.join(", ", s.outlets())), refs));
        }
        for (CoverageHeadlines.OutletFlow f : h.reprintFlows().stream().limit(2).toList()) {
            part.findings.add(new BriefModel.Finding(
                    labels.get(f.directed() ? "finding.reprint" : "finding.reprint.undirected", f.derivative(), f.original()),
                    labels.get("finding.reprint.detail", f.pairs()), List.of()));
        }
        for (CoverageHeadlines.CitedSource c : h.topCitedSources().stream().limit(2).toList()) {
            part.findings.add(new BriefModel.Finding(labels.get("finding.cited", c.name()),
                    labels.get("finding.cited.detail", c.citations(), c.citingArticles(), String.join(", ", c.citingOutlets())),
                    List.of()));
        }
        return part;
    }

    /** The representative sentence of every fact shown in a matrix (a bounded lookup by id). */
    private static Map<String, FactRow> factsShown(CoverageOutputs out, CoverageHeadlines h) {
        List<String> ids = new ArrayList<>();
        h.matrices().forEach(m -> ids.addAll(m.factIds()));
        Map<String, FactRow> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            for (FactRow f : out.facts().filter(col("factId").isin(ids.toArray())).collectAsList()) {
                byId.put(f.getFactId(), f);
            }
        }
        return byId;
    }

    private static io.triangulate.report.SheetTable coverageMatrix(CoverageHeadlines h, Map<String, FactRow> facts,
                                                                   Labels labels, EvidenceBook evidence) {
        TreeSet<String> outlets = new TreeSet<>();
        h.matrices().forEach(m -> outlets.addAll(m.outlets()));
        TableBuilder t = new TableBuilder("Coverage", labels)
                .col("story", TEXT, 14).col("storyLabel", ARABIC_TEXT, 28).col("fact", TEXT, 10)
                .col("factText", ARABIC_TEXT, 60).col("outlets", INTEGER, 8).col("example", REF, 9);
        int first = t.columnCount();
        for (String o : outlets) {
            t.rawCol(o, INTEGER, 10);
        }
        t.heatmap(first, t.columnCount() - 1);
        for (CoverageHeadlines.StoryMatrix m : h.matrices()) {
            for (int i = 0; i < m.factIds().size(); i++) {
                List<Object> row = new ArrayList<>();
                String factId = m.factIds().get(i);
                FactRow f = facts.get(factId);
                long carrying = m.covered().get(i).stream().filter(Boolean::booleanValue).count();
                row.add(m.storyId());
                row.add(m.label());
                row.add(factId);
                row.add(m.factTexts().get(i));
                row.add(carrying);
                row.add(f == null ? null : evidence.cite(new SentenceRef(f.getArticleId(), f.getSentenceIndex(), f.getStart(), f.getEnd())));
                for (String o : outlets) {
                    int j = m.outlets().indexOf(o);
                    row.add(j < 0 ? null : (m.covered().get(i).get(j) ? 1 : 0));
                }
                t.row(row);
            }
        }
        return t.build();
    }

    private static Figure.HeatmapFigure matrixFigure(CoverageHeadlines.StoryMatrix m, Labels labels) {
        double[][] values = new double[m.factIds().size()][m.outlets().size()];
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < m.factIds().size(); i++) {
            String text = m.factTexts().get(i);
            rows.add(m.factIds().get(i) + "  " + (text.length() > 60 ? text.substring(0, 60) + "…" : text));
            for (int j = 0; j < m.outlets().size(); j++) {
                values[i][j] = m.covered().get(i).get(j) ? 1 : 0;
            }
        }
        return new Figure.HeatmapFigure(labels.get("figure.coverage", m.label()), rows, m.outlets(), values);
    }

    private static Figure.HeatmapFigure flowFigure(List<CoverageHeadlines.OutletFlow> flows, Labels labels) {
        TreeSet<String> outlets = new TreeSet<>();
        flows.forEach(f -> {
            outlets.add(f.original());
            outlets.add(f.derivative());
        });
        List<String> names = new ArrayList<>(outlets);
        double[][] values = new double[names.size()][names.size()];
        for (CoverageHeadlines.OutletFlow f : flows) {
            values[names.indexOf(f.original())][names.indexOf(f.derivative())] += f.pairs();
        }
        return new Figure.HeatmapFigure(labels.get("figure.reprints"), names, names, values);
    }

    private static double r3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
