package io.triangulate.timeline;

import org.junit.jupiter.api.Test;

class SeedDebugTest {
    @Test
    void dump() {
        SeedFixture f = new SeedFixture();
        TimelineSettings s = TimelineSettings.defaults();
        var claims = f.claims(s, "story-1");
        for (TimelineClaim c : claims) {
            System.out.println(c.getKind() + " " + c.getArticleId() + "#" + c.getSentenceIndex() + " " + c.getEventType() + " " + c.getRelation()
                    + (c.isDistinct() ? " DISTINCT" : "") + " trig=" + c.getTrigger() + " val=" + c.getValue() + " " + c.getMod()
                    + " n=" + c.getNoun() + ":" + c.getNumberLow() + ".." + c.getNumberHigh() + " " + c.getNumberSurface() + " dir=" + c.getDirectness() + " " + c.getActors());
        }
        var t = new StoryAligner(s).align("story-1", claims);
        t.entries().forEach(e -> System.out.println("ENTRY " + e.getEntryId() + " " + e.getEventType() + " " + e.getValue() + " " + e.getMod() + " rep=" + e.isReported() + " " + e.getOutlets() + " conf=" + e.isConflicting()));
        t.conflicts().forEach(c -> System.out.println("CONFLICT " + c.getConflictId() + " " + c.getDescription() + " A=" + c.getRefsA() + " B=" + c.getRefsB()));
        t.claims().forEach(c -> System.out.println("CLAIM " + c.getOutlet() + " " + c.getArticleId() + " " + c.getSubject() + " " + c.getValue() + " " + c.isAgrees()));
    }
}
