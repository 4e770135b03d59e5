package io.triangulate.brief;

import io.triangulate.report.BriefModel;
import io.triangulate.report.Figure;
import io.triangulate.report.Labels;
import io.triangulate.timeline.ConflictRow;
import io.triangulate.timeline.OutletConsistencyRow;
import io.triangulate.timeline.TimelineEntryRow;
import io.triangulate.timeline.TimelineHeadlines;
import io.triangulate.timeline.TimelineOutputs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import static io.triangulate.report.SheetTable.ColumnType.ARABIC_TEXT;
import static io.triangulate.report.SheetTable.ColumnType.DATE;
import static io.triangulate.report.SheetTable.ColumnType.INTEGER;
import static io.triangulate.report.SheetTable.ColumnType.PERCENT;
import static io.triangulate.report.SheetTable.ColumnType.REF;
import static io.triangulate.report.SheetTable.ColumnType.TEXT;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;

/** The "do the dates add up" part of the brief: timeline entries, conflicts side by side, consistency. */
final class TimelineBrief {

    /** Conflict rows whose evidence goes to the appendix; later rows keep their locations as text. */
    private static final int CITED_CONFLICTS = 100;

    private TimelineBrief() {
    }

    static BriefPart build(TimelineOutputs out, TimelineHeadlines h, Labels labels, EvidenceBook evidence, int maxRows) {
        BriefPart part = new BriefPart();
        TableBuilder timeline = new TableBuilder("Timeline", labels)
                .col("story", TEXT, 14).col("entry", TEXT, 12).col("eventType", TEXT, 14).col("value", TEXT, 14)
                .col("mod", TEXT, 8).col("precision", TEXT, 9).col("firstDay", DATE, 12).col("lastDay", DATE, 12)
                .col("actorList", TEXT, 30).col("articles", INTEGER, 9).col("outletList", TEXT, 28)
                .col("agreeingOutlets", INTEGER, 10).col("conflicting", TEXT, 10).col("location", TEXT, 30);
        for (TimelineEntryRow e : out.timeline().orderBy(col("storyId"), col("firstDay"), col("entryId")).limit(maxRows)
                .collectAsList()) {
            timeline.row(e.getStoryId(), e.getEntryId(), e.getEventType(), e.getValue(), e.getMod(), e.getPrecision(),
                    e.getFirstDay(), e.getLastDay(), String.join(", ", e.getActors()), e.getArticles().size(),
                    String.join(", ", e.getOutlets()), e.getAgreeingOutlets(), e.isConflicting() ? labels.get("yes") : "",
                    String.join("; ", e.getEvidenceRefs().stream().limit(3).toList()));
        }
        part.tables.add(timeline.build());

        TableBuilder conflicts = new TableBuilder("Conflicts", labels)
                .col("story", TEXT, 14).col("conflict", TEXT, 12).col("kind", TEXT, 13).col("description", TEXT, 40)
                .col("valueA", TEXT, 14).col("outletsA", TEXT, 20).col("evidenceA", ARABIC_TEXT, 60).col("refA", REF, 8)
                .col("valueB", TEXT, 14).col("outletsB", TEXT, 20).col("evidenceB", ARABIC_TEXT, 60).col("refB", REF, 8);
        int n = 0;
        for (ConflictRow c : out.conflicts().orderBy(desc("sharpness"), col("storyId"), col("conflictId")).limit(maxRows)
                .collectAsList()) {
            boolean cite = n++ < CITED_CONFLICTS;
            conflicts.row(c.getStoryId(), c.getConflictId(), c.getKind(), c.getDescription(), c.getValueA(),
                    String.join(", ", c.getOutletsA()), c.getEvidenceA(), cite ? cite(evidence, c.getRefA()) : c.getRefA(),
                    c.getValueB(), String.join(", ", c.getOutletsB()), c.getEvidenceB(),
                    cite ? cite(evidence, c.getRefB()) : c.getRefB());
        }
        part.tables.add(conflicts.build());

        TableBuilder consistency = new TableBuilder("Outlet consistency", labels)
                .col("outlet", TEXT, 18).col("datedClaims", INTEGER, 12).col("agreeing", INTEGER, 10)
                .col("conflictingClaims", INTEGER, 12).col("share", PERCENT, 10);
        List<OutletConsistencyRow> outlets = out.outletConsistency().orderBy(desc("datedClaims"), col("outlet"))
                .limit(maxRows).collectAsList();
        for (OutletConsistencyRow o : outlets) {
            consistency.row(o.getOutlet(), o.getDatedClaims(), o.getAgreeing(), o.getConflicting(), o.getShare());
        }
        part.tables.add(consistency.build());

        List<Figure> figures = new ArrayList<>();
        List<Figure.TimelineEntry> entries = new ArrayList<>();
        for (TimelineEntryRow e : h.topStoryEntries()) {
            LocalDate start = day(e.getFirstDay());
            LocalDate end = day(e.getLastDay());
            if (start != null) {
                entries.add(new Figure.TimelineEntry(e.getEventType(), start, end == null || end.isBefore(start) ? start : end,
                        e.getValue(), e.isConflicting(), e.getOutlets()));
            }
        }
        if (!entries.isEmpty()) {
            figures.add(new Figure.TimelineFigure(labels.get("figure.timeline"), entries));
        }
        List<Figure.Bar> bars = h.outlets().stream().map(o -> new Figure.Bar(o.getOutlet(), o.getShare(), o.getDatedClaims())).toList();
        if (!bars.isEmpty()) {
            figures.add(new Figure.BarFigure(labels.get("figure.consistency"), bars));
        }
        part.sections.add(new BriefModel.Section(labels.get("section.timeline"),
                labels.get("section.timeline.intro", h.events(), h.entries(), h.conflicts()), figures,
                List.of(new BriefModel.TableExcerpt("Conflicts", labels.get("excerpt.conflicts"), List.of(2, 4, 5, 8, 9, 7, 11), 10),
                        new BriefModel.TableExcerpt("Outlet consistency", labels.get("excerpt.consistency"), List.of(), 15))));

        for (ConflictRow c : h.sharpestConflicts().stream().limit(4).toList()) {
            List<String> refs = new ArrayList<>();
            Locations.parse(c.getRefA()).ifPresent(r -> refs.add(evidence.cite(r)));
            Locations.parse(c.getRefB()).ifPresent(r -> refs.add(evidence.cite(r)));
            part.findings.add(new BriefModel.Finding(labels.get("finding.conflict", c.getDescription()),
                    labels.get("finding.conflict.detail", inWords(c.getValueA()), String.join(", ", c.getOutletsA()),
                            inWords(c.getValueB()), String.join(", ", c.getOutletsB())), refs));
        }
        return part;
    }

    /** TIMEX3 durations in a value ("P8M (APPROX)") in plain words ("about 8 months"); the tables keep ISO. */
    static String inWords(String value) {
        if (value == null) {
            return null;
        }
        java.util.regex.Matcher m = DURATION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String words = io.triangulate.timeline.DurationValue.parse(m.group(1), m.group(2), 0.15)
                    .map(io.triangulate.timeline.DurationValue::words).orElse(m.group());
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(words));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final java.util.regex.Pattern DURATION =
            java.util.regex.Pattern.compile("\\b(PT?\\d+(?:\\.\\d+)?[YMWDH])(?: \\(([A-Z_]+)\\))?");

    private static String cite(EvidenceBook evidence, String location) {
        return Locations.parse(location).map(evidence::cite).orElse(location);
    }

    private static LocalDate day(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
