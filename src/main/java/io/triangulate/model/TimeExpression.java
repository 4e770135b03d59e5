package io.triangulate.model;

import java.io.Serializable;

/**
 * A time expression found in an article, normalized to ISO-TimeML (TIMEX3).
 *
 * <ul>
 *   <li>{@code type}: DATE, TIME, DURATION or SET.</li>
 *   <li>{@code value}: TIMEX3 value: "2024-01-10", "2024-01", "2024-W20", "2003", "P10M", "PXD",
 *       "2024-05-17TEV"; "XXXX-01-10" or a range "2024-01-01/2024-03-31" when the anchor is too coarse
 *       to resolve; "UNRESOLVED" is never used as a value: {@code resolved} says whether anchoring worked.</li>
 *   <li>{@code mod}: TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN, or null.</li>
 *   <li>{@code anchor}: what a relative value was computed from: "publication:2024-05-17",
 *       "text:2024-01" (a reference the article set itself), or null for absolute expressions.</li>
 *   <li>{@code precision}: DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, or the unit of a duration.</li>
 *   <li>{@code calendar}: gregorian or hijri (then {@code value} is the Gregorian equivalent).</li>
 * </ul>
 * Offsets are into the article's cleaned text.
 */
public class TimeExpression implements Serializable {
    private String articleId;
    private String outlet;
    private int sentenceIndex;
    private int start;
    private int end;
    private String surface;
    private String type;
    private String value;
    private String mod;
    private String anchor;
    private String precision;
    private String calendar;
    private boolean relative;
    private boolean resolved;

    public TimeExpression() {
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public int getSentenceIndex() { return sentenceIndex; }
    public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }
    public int getStart() { return start; }
    public void setStart(int start) { this.start = start; }
    public int getEnd() { return end; }
    public void setEnd(int end) { this.end = end; }
    public String getSurface() { return surface; }
    public void setSurface(String surface) { this.surface = surface; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getMod() { return mod; }
    public void setMod(String mod) { this.mod = mod; }
    public String getAnchor() { return anchor; }
    public void setAnchor(String anchor) { this.anchor = anchor; }
    public String getPrecision() { return precision; }
    public void setPrecision(String precision) { this.precision = precision; }
    public String getCalendar() { return calendar; }
    public void setCalendar(String calendar) { this.calendar = calendar; }
    public boolean isRelative() { return relative; }
    public void setRelative(boolean relative) { this.relative = relative; }
    public boolean isResolved() { return resolved; }
    public void setResolved(boolean resolved) { this.resolved = resolved; }
}
