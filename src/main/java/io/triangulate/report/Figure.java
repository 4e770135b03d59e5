package io.triangulate.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A chart of the PDF brief. The writer draws each kind as vector graphics. */
public sealed interface Figure permits Figure.NetworkFigure, Figure.HeatmapFigure, Figure.TimelineFigure, Figure.BarFigure {

    String title();

    /**
     * Actor co-occurrence network with a precomputed layout: x and y in [0,1]. Node type is the
     * actor type (person, organization, ...), community an integer cluster id (colour).
     */
    record NetworkFigure(String title, List<Node> nodes, List<Edge> edges) implements Figure {
        public NetworkFigure {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    record Node(String id, String label, String labelAr, String type, double weight, int community, double x, double y) {
        public Node {
            Objects.requireNonNull(id, "id");
            label = label == null ? id : label;
        }
    }

    record Edge(String a, String b, double weight) {
    }

    /** Matrix figure, e.g. fact x outlet coverage or outlet x outlet reprints; NaN = no value. */
    record HeatmapFigure(String title, List<String> rowLabels, List<String> columnLabels, double[][] values) implements Figure {
        public HeatmapFigure {
            rowLabels = List.copyOf(rowLabels);
            columnLabels = List.copyOf(columnLabels);
            if (values.length != rowLabels.size()) {
                throw new IllegalArgumentException("HeatmapFigure " + title + ": " + values.length + " value rows for " + rowLabels.size() + " row labels");
            }
            for (double[] row : values) {
                if (row.length != columnLabels.size()) {
                    throw new IllegalArgumentException("HeatmapFigure " + title + ": a value row has " + row.length + " cells for " + columnLabels.size() + " columns");
                }
            }
        }
    }

    /** Timeline chart: one lane per fact/event; conflicting entries are marked. */
    record TimelineFigure(String title, List<TimelineEntry> entries) implements Figure {
        public TimelineFigure {
            entries = List.copyOf(entries);
        }
    }

    /** A dated claim; start == end for a day, a range for a month or "about 8 months". */
    record TimelineEntry(String lane, LocalDate start, LocalDate end, String label, boolean conflict, List<String> outlets) {
        public TimelineEntry {
            Objects.requireNonNull(lane, "lane");
            Objects.requireNonNull(start, "start");
            end = end == null ? start : end;
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("TimelineEntry " + label + ": end " + end + " before start " + start);
            }
            label = label == null ? "" : label;
            outlets = List.copyOf(outlets);
        }
    }

    /** Horizontal bars, e.g. outlet consistency: value in [0,1], count = items behind it. */
    record BarFigure(String title, List<Bar> bars) implements Figure {
        public BarFigure {
            bars = List.copyOf(bars);
        }
    }

    record Bar(String label, double value, long count) {
        public Bar {
            Objects.requireNonNull(label, "label");
        }
    }
}
