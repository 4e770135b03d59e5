package io.triangulate.report;

import io.triangulate.report.BriefModel.Count;
import io.triangulate.report.BriefModel.Evidence;
import io.triangulate.report.BriefModel.Finding;
import io.triangulate.report.BriefModel.Section;
import io.triangulate.report.BriefModel.TableExcerpt;
import io.triangulate.report.Figure.Bar;
import io.triangulate.report.Figure.Edge;
import io.triangulate.report.Figure.Node;
import io.triangulate.report.Figure.TimelineEntry;
import io.triangulate.report.SheetTable.Column;
import io.triangulate.report.SheetTable.ColumnRange;
import io.triangulate.report.SheetTable.ColumnType;
import io.triangulate.text.SentenceSegmenter;
import io.triangulate.text.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A brief as the job would build it for the five seed articles: evidence sentences are found in
 * the real seed text (segmented, with real sentence indexes and character spans), and the tables
 * and figures carry what the analyses report about them, including the "10 months" versus "about
 * 8 months" conflict over the previous round of talks.
 */
final class BriefFixture {

    static final Path SEEDS = Path.of("sample-data/seeds");
    static final Instant GENERATED_AT = Instant.parse("2024-06-01T08:30:00Z");
    /** Real article text that starts like a formula: must stay a string cell. */
    static final String FORMULA_LOOKING = "=HYPERLINK(\"http://attacker.example\",\"اضغط هنا\")";
    static final String NON_WEB_URL = "javascript:alert(1)";

    private static final String[][] SEEDS_META = {
        {"seed-000", "000_afa01134df6376d8.txt", "watan", "2024"},
        {"seed-001", "001_0686bf044b0a0f3e.txt", "unidentified-a", "2024-05-17"},
        {"seed-002", "002_062dd1214ff0e428.txt", "dostor", "2024-03"},
        {"seed-003", "003_06a7775f48ea754c.txt", "unidentified-b", null},
        {"seed-004", "004_9c6b4458f80de263.txt", "levant", "2025"},
    };

    private BriefFixture() {
    }

    static String text(int seed) {
        try {
            return Files.readString(SEEDS.resolve(SEEDS_META[seed][1]), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String url(int seed) {
        return "https://news.example.org/" + SEEDS_META[seed][2] + "/" + SEEDS_META[seed][0];
    }

    /** The sentence of the seed that contains {@code phrase}, as the evidence appendix cites it. */
    static Evidence evidence(String refId, int seed, String phrase) {
        String text = text(seed);
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("Phrase not in " + SEEDS_META[seed][1] + ": " + phrase);
        }
        List<TextSpan> spans = new SentenceSegmenter().split(text);
        for (int i = 0; i < spans.size(); i++) {
            TextSpan s = spans.get(i);
            if (s.start() <= at && at < s.end()) {
                return new Evidence(refId, SEEDS_META[seed][0], SEEDS_META[seed][2], SEEDS_META[seed][3],
                        i, s.start(), s.end(), s.of(text), seed == 3 ? NON_WEB_URL : url(seed));
            }
        }
        throw new IllegalStateException("No sentence holds offset " + at);
    }

    static List<Evidence> evidence() {
        return List.of(
                evidence("E1", 0, "منذ عشرة أشهر"),
                evidence("E2", 2, "منذ ما يقرب من ثمانية أشهر"),
                evidence("E3", 3, "منذ 10 أشهر"),
                evidence("E4", 4, "منذ نحو ثمانية أشهر"),
                evidence("E5", 2, "في 10 يناير الماضي"),
                evidence("E6", 4, "وفي العاشر من يناير"),
                evidence("E7", 1, "بريت ماكغورك، كبير مستشاري"),
                evidence("E8", 0, "ومثل نائب وزير الخارجية"));
    }

    static BriefModel model(String language) {
        boolean ar = "ar".equals(language);
        List<Evidence> evidence = evidence();
        BriefModel.Meta meta = new BriefModel.Meta("Triangulate brief", "seeds-omani-talks",
                ar ? "يناير – مايو 2024" : "January–May 2024", ar ? "ديسمبر 2023" : "December 2023",
                GENERATED_AT, language);
        BriefModel.CorpusCounts counts = new BriefModel.CorpusCounts(7, 5,
                List.of(new Count("EMPTY_TEXT", 1), new Count("NOT_NEWS", 1)), 0,
                List.of(new Count("dostor", 1), new Count("levant", 1), new Count("unidentified-a", 1),
                        new Count("unidentified-b", 1), new Count("watan", 1)),
                List.of(new Count("ar", 5)));
        List<Finding> findings = List.of(
                new Finding(ar ? "المنافذ تختلف على موعد آخر محادثات: 10 أشهر مقابل نحو 8 أشهر"
                                : "Outlets disagree on when the previous talks were: 10 months vs about 8 months",
                        ar ? "وطن والمنفذ ب (نقلًا عن فايننشال تايمز) يقولان 10 أشهر؛ الدستور وليفانت (نقلًا عن نيويورك تايمز) يقولان نحو 8 أشهر."
                                : "Watan and outlet B (citing the Financial Times) say 10 months; Al-Dostor and Levant (citing the New York Times) say about 8 months.",
                        List.of("E1", "E3", "E2", "E4")),
                new Finding(ar ? "بريت ماكغورك يظهر في المقالات الخمس كلها" : "Brett McGurk appears in all five articles",
                        ar ? "يظهر مع علي باقري كاني في أربع مقالات ومع أبرام بالي في مقالتين."
                                : "He appears with Ali Bagheri Kani in four articles and with Abram Paley in two.",
                        List.of("E8", "E7")),
                new Finding(ar ? "الدستور وليفانت تتفقان على تاريخ 10 يناير 2024" : "Al-Dostor and Levant agree on 10 January 2024 for the Muscat meeting",
                        "", List.of("E5", "E6")));
        List<SheetTable> tables = tables(evidence);
        List<Section> sections = sections(ar);
        return new BriefModel(meta, counts, findings, tables, sections, evidence);
    }

    private static List<SheetTable> tables(List<Evidence> evidence) {
        // deliberately not in workbook order: the writer orders sheets
        return List.of(conflicts(evidence), articles(), actors(), coverage(), rejects(), cooccurrence(), timeline(), citations());
    }

    static SheetTable articles() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < SEEDS_META.length; i++) {
            String firstLine = text(i).lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            rows.add(Arrays.asList(SEEDS_META[i][0], SEEDS_META[i][2], SEEDS_META[i][3], "ar", firstLine,
                    i == 3 ? NON_WEB_URL : url(i), (long) new SentenceSegmenter().split(text(i)).size()));
        }
        return new SheetTable("Articles", List.of(
                new Column("Article", ColumnType.TEXT, 12), new Column("Outlet", ColumnType.TEXT, 16),
                new Column("Published", ColumnType.DATE, 12), new Column("Language", ColumnType.TEXT, 9),
                new Column("Title", ColumnType.ARABIC_TEXT, 60), new Column("URL", ColumnType.URL, 40),
                new Column("Sentences", ColumnType.INTEGER, 10)), rows);
    }

    static SheetTable rejects() {
        return new SheetTable("Rejects", List.of(
                new Column("Origin file", ColumnType.TEXT, 24), new Column("Line", ColumnType.INTEGER, 8),
                new Column("Reason", ColumnType.TEXT, 14), new Column("Excerpt", ColumnType.TEXT, 60)),
                List.of(Arrays.asList("saudinewsnet-2015-07-01.json", 17L, "EMPTY_TEXT", null),
                        Arrays.asList("saudinewsnet-2015-07-01.json", 42L, "NOT_NEWS", FORMULA_LOOKING)));
    }

    static SheetTable actors() {
        return new SheetTable("Actors", List.of(
                new Column("Actor", ColumnType.TEXT, 20), new Column("Name", ColumnType.TEXT, 22),
                new Column("Arabic name", ColumnType.ARABIC_TEXT, 22), new Column("Type", ColumnType.TEXT, 12),
                new Column("Mentions", ColumnType.INTEGER, 10), new Column("Articles", ColumnType.INTEGER, 10),
                new Column("Share of articles", ColumnType.PERCENT, 10), new Column("Evidence", ColumnType.REF, 10)),
                List.of(Arrays.asList("brett-mcgurk", "Brett McGurk", "بريت ماكغورك", "person", 9L, 5L, 1.0, "E7; E8"),
                        Arrays.asList("ali-bagheri-kani", "Ali Bagheri Kani", "علي باقري كاني", "person", 4L, 4L, 0.8, "E8"),
                        Arrays.asList("abram-paley", "Abram Paley", "أبرام بالي", "person", 3L, 2L, 0.4, "E7"),
                        Arrays.asList("oman", "Oman", "عُمان", "country", 14L, 5L, 1.0, "E5"),
                        Arrays.asList("houthis", "Houthis", "الحوثيون", "armed_group", 17L, 4L, 0.8, null)));
    }

    static SheetTable cooccurrence() {
        return new SheetTable("Co-occurrence", List.of(
                new Column("Actor A", ColumnType.TEXT, 20), new Column("Actor B", ColumnType.TEXT, 20),
                new Column("Sentences", ColumnType.INTEGER, 10), new Column("Articles", ColumnType.INTEGER, 10),
                new Column("PMI", ColumnType.DECIMAL, 8), new Column("Evidence", ColumnType.REF, 10)),
                List.of(Arrays.asList("Brett McGurk", "Ali Bagheri Kani", 4L, 4L, 0.223, "E8"),
                        Arrays.asList("Brett McGurk", "Abram Paley", 2L, 2L, 0.916, "E7")));
    }

    static SheetTable coverage() {
        return new SheetTable("Coverage", List.of(
                new Column("Fact", ColumnType.TEXT, 40), new Column("watan", ColumnType.INTEGER, 9),
                new Column("dostor", ColumnType.INTEGER, 9), new Column("levant", ColumnType.INTEGER, 9),
                new Column("unidentified-a", ColumnType.INTEGER, 9), new Column("unidentified-b", ColumnType.INTEGER, 9)),
                List.of(Arrays.asList("Talks in Oman, January 2024", 1L, 1L, 1L, 0L, 1L),
                        Arrays.asList("Meeting on 10 January in Muscat", 0L, 1L, 1L, 0L, 0L),
                        Arrays.asList("US strikes on the Houthis on 11 January", 0L, 1L, 1L, 0L, 0L),
                        Arrays.asList("Talks in Oman, May 2024", 0L, 0L, 0L, 1L, 0L)),
                List.of(new ColumnRange(1, 5)));
    }

    static SheetTable citations() {
        return new SheetTable("Citations", List.of(
                new Column("Outlet", ColumnType.TEXT, 16), new Column("Cited source", ColumnType.ARABIC_TEXT, 24),
                new Column("Articles", ColumnType.INTEGER, 10)),
                List.of(Arrays.asList("watan", "فايننشال تايمز", 1L), Arrays.asList("unidentified-b", "فاينانشال تايمز", 1L),
                        Arrays.asList("dostor", "نيويورك تايمز", 1L), Arrays.asList("levant", "نيويورك تايمز", 1L),
                        Arrays.asList("unidentified-a", "أكسيوس", 1L)));
    }

    static SheetTable timeline() {
        return new SheetTable("Timeline", List.of(
                new Column("Fact", ColumnType.TEXT, 30), new Column("Outlet", ColumnType.TEXT, 16),
                new Column("Claim", ColumnType.ARABIC_TEXT, 24), new Column("From", ColumnType.DATE, 12),
                new Column("To", ColumnType.DATE, 12), new Column("Evidence", ColumnType.REF, 10)),
                List.of(Arrays.asList("Previous talks", "watan", "منذ عشرة أشهر", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), "E1"),
                        Arrays.asList("Previous talks", "dostor", "منذ ما يقرب من ثمانية أشهر", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31), "E2"),
                        Arrays.asList("Muscat meeting", "dostor", "في 10 يناير الماضي", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 10), "E5")));
    }

    static SheetTable conflicts(List<Evidence> ev) {
        return new SheetTable("Conflicts", List.of(
                new Column("Fact", ColumnType.TEXT, 18), new Column("Outlet A", ColumnType.TEXT, 12),
                new Column("Claim A", ColumnType.ARABIC_TEXT, 14), new Column("Evidence A", ColumnType.ARABIC_TEXT, 40),
                new Column("Outlet B", ColumnType.TEXT, 12), new Column("Claim B", ColumnType.ARABIC_TEXT, 14),
                new Column("Evidence B", ColumnType.ARABIC_TEXT, 40), new Column("Refs", ColumnType.REF, 8)),
                List.of(Arrays.asList("Previous talks before January 2024", "watan", "منذ عشرة أشهر", ev.get(0).sentenceText(),
                                "dostor", "منذ ما يقرب من ثمانية أشهر", ev.get(1).sentenceText(), "E1; E2"),
                        Arrays.asList("Previous talks before January 2024", "unidentified-b", "منذ 10 أشهر", ev.get(2).sentenceText(),
                                "levant", "منذ نحو ثمانية أشهر", ev.get(3).sentenceText(), "E3; E4")));
    }

    private static List<Section> sections(boolean ar) {
        Figure.NetworkFigure network = new Figure.NetworkFigure(ar ? "شبكة الظهور المشترك" : "Who appears with whom", List.of(
                new Node("brett-mcgurk", "Brett McGurk", "بريت ماكغورك", "person", 9, 0, 0.45, 0.45),
                new Node("ali-bagheri-kani", "Ali Bagheri Kani", "علي باقري كاني", "person", 4, 1, 0.75, 0.3),
                new Node("abram-paley", "Abram Paley", "أبرام بالي", "person", 3, 0, 0.2, 0.2),
                new Node("oman", "Oman", "عُمان", "country", 14, 2, 0.55, 0.75),
                new Node("houthis", "Houthis", "الحوثيون", "armed_group", 17, 1, 0.85, 0.7),
                new Node("joe-biden", "Joe Biden", "جو بايدن", "person", 5, 0, 0.15, 0.6),
                new Node("financial-times", "Financial Times", "فايننشال تايمز", "media", 3, 3, 0.3, 0.9),
                new Node("new-york-times", "The New York Times", "نيويورك تايمز", "media", 2, 3, 0.92, 0.1)),
                List.of(new Edge("brett-mcgurk", "ali-bagheri-kani", 4), new Edge("brett-mcgurk", "abram-paley", 2),
                        new Edge("brett-mcgurk", "oman", 5), new Edge("ali-bagheri-kani", "houthis", 2),
                        new Edge("oman", "houthis", 3), new Edge("brett-mcgurk", "joe-biden", 2),
                        new Edge("financial-times", "oman", 2), new Edge("new-york-times", "ali-bagheri-kani", 1)));
        Figure.HeatmapFigure heatmap = new Figure.HeatmapFigure(ar ? "من يغطي ماذا" : "Who covers what",
                List.of("Talks in Oman, January 2024", "Meeting on 10 January in Muscat", "US strikes on the Houthis on 11 January", "Talks in Oman, May 2024"),
                List.of("watan", "dostor", "levant", "unidentified-a", "unidentified-b"),
                new double[][] {{1, 1, 1, 0, 1}, {0, 1, 1, 0, 0}, {0, 1, 1, 0, 0}, {0, 0, 0, 1, Double.NaN}});
        Figure.TimelineFigure timeline = new Figure.TimelineFigure(ar ? "هل تتسق التواريخ؟" : "Do the dates add up?", List.of(
                new TimelineEntry("Previous talks", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), "10 months before January 2024", true, List.of("watan", "unidentified-b")),
                new TimelineEntry("Previous talks", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31), "about 8 months before January 2024", true, List.of("dostor", "levant")),
                new TimelineEntry("Muscat meeting", LocalDate.of(2024, 1, 10), null, "10 January 2024", false, List.of("dostor", "levant")),
                new TimelineEntry("US strikes on the Houthis", LocalDate.of(2024, 1, 11), null, "11 January 2024", false, List.of("dostor")),
                new TimelineEntry("May talks in Oman", LocalDate.of(2024, 5, 14), null, "Tuesday before 17 May 2024", false, List.of("unidentified-a"))));
        Figure.BarFigure consistency = new Figure.BarFigure(ar ? "اتساق الوسائل" : "Outlet consistency", List.of(
                new Bar("dostor", 1.0, 4), new Bar("levant", 0.75, 4), new Bar("watan", 0.5, 2), new Bar("unidentified-b", 0.5, 2), new Bar("unidentified-a", 1.0, 1)));
        return List.of(
                new Section(ar ? "الفاعلون" : "Actors", ar ? "من يظهر مع من في الجمل نفسها." : "Who appears with whom in the same sentences.",
                        List.of(network), List.of(new TableExcerpt("Actors", "", List.of(1, 2, 3, 4, 5, 6), 10),
                                new TableExcerpt("Co-occurrence", "", List.of(), 10))),
                new Section(ar ? "التغطية" : "Coverage", ar ? "من يغطي ماذا، ومن ينقل عن من." : "Who covers what, and who reprints whom.",
                        List.of(heatmap), List.of(new TableExcerpt("Citations", "", List.of(), 10))),
                new Section(ar ? "التسلسل الزمني" : "Timeline", ar ? "هل تتسق التواريخ بين الوسائل؟" : "Do the dates add up across outlets?",
                        List.of(timeline, consistency),
                        List.of(new TableExcerpt("Conflicts", ar ? "التعارضات، والأدلة جنبًا إلى جنب" : "Conflicts, evidence side by side",
                                List.of(0, 1, 3, 4, 6), 10))));
    }
}
