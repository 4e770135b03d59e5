package io.triangulate.timeline.timex;

/**
 * A TIMEX3 value with how it was obtained.
 *
 * @param anchor   "publication:..." or "text:...", null when nothing was computed
 * @param setsReference the point a later expression may be read against, or null
 */
record Resolution(String value, String anchor, String precision, boolean relative, boolean resolved,
                  String calendar, ReferenceTime setsReference) {

    static Resolution absolute(String value, String precision, String calendar, ReferenceTime ref) {
        return new Resolution(value, null, precision, false, true, calendar, ref);
    }

    static Resolution unresolved(String value, String precision, String calendar) {
        return new Resolution(value, null, precision, true, false, calendar, null);
    }

    Resolution withValue(String v, String p) {
        return new Resolution(v, anchor, p, relative, resolved, calendar, setsReference);
    }
}
