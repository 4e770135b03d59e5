package io.triangulate.config;

import java.util.List;

/**
 * The period a job reports on: an ISO week ("2015-W30") or an inclusive day range, or nothing for
 * all articles. {@code compareWithPrevious} also reads the window before it, for "new this week".
 */
public record PeriodSpec(String week, String from, String to, Boolean compareWithPrevious) {

    public static final PeriodSpec ALL = new PeriodSpec(null, null, null, false);

    public boolean comparesWithPrevious() {
        return compareWithPrevious == null || compareWithPrevious;
    }

    public Period resolve() {
        if (week != null) {
            return Period.ofWeek(week);
        }
        if (from != null || to != null) {
            return Period.between(from, to);
        }
        return Period.ALL;
    }

    void validate(List<String> problems) {
        if (week != null && (from != null || to != null)) {
            problems.add("period: give either 'week' or 'from'/'to', not both");
            return;
        }
        if ((from == null) != (to == null)) {
            problems.add("period: 'from' and 'to' go together (got only " + (from == null ? "'to'" : "'from'") + ")");
            return;
        }
        try {
            resolve();
        } catch (IllegalArgumentException e) {
            problems.add("period: " + e.getMessage());
        }
    }
}
