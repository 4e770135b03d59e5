package io.triangulate.timeline.timex;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * The temporal vocabulary of one language as stored in {@code triangulate/timex/lexicon-xx.json}.
 * Keys of the maps are numbers (month 1-12, weekday 1-7 ISO, cardinal value, day offset) or codes
 * (unit Y/DE/M/W/D/H/MIN/S, part of day MO/MI/AF/EV/NI, TIMEX3 mods and reference values).
 * Absent sections are empty, so a language only lists what it has.
 */
public record LexiconFile(
        String language,
        int version,
        String note,
        List<String> proclitics,
        List<String> prepositions,
        Map<String, List<String>> months,
        List<String> ambiguousMonths,
        Map<String, List<String>> hijriMonths,
        List<String> ambiguousHijriMonths,
        Map<String, List<String>> weekdays,
        Map<String, List<String>> cardinals,
        List<String> teenSuffixes,
        Map<String, List<String>> definiteCardinals,
        Map<String, List<String>> ordinals,
        Map<String, List<String>> compoundOrdinalUnits,
        String conjunction,
        Map<String, UnitForms> units,
        List<String> unitsNeedingSignal,
        List<String> past,
        List<String> current,
        List<String> next,
        List<String> recent,
        @JsonProperty("this") List<String> thisWords,
        Map<String, List<String>> yearRelations,
        Map<String, List<String>> deicticDays,
        List<String> notTodayAfter,
        List<String> tonight,
        Map<String, List<String>> partsOfDay,
        Map<String, List<String>> periodMods,
        Map<String, List<String>> quantityMods,
        List<String> vagueQuantities,
        List<String> durationSignals,
        List<String> yearSignals,
        List<String> yearWords,
        List<String> of,
        List<String> dayWords,
        List<String> monthWords,
        List<String> hijriMarks,
        List<String> gregorianMarks,
        Map<String, List<String>> sets,
        Map<String, List<String>> references,
        List<String> generalNouns,
        List<String> clockWords,
        Map<String, List<String>> ampm,
        List<String> ago,
        List<String> articles,
        List<String> blocked,
        Map<String, List<String>> holidays,
        List<String> holidayEves,
        Map<String, List<String>> seasons,
        List<String> agoSignals,
        List<String> futureCues) {

    /** Word forms of one unit: bare singular, dual, plural (also the counted forms), and with the article. */
    public record UnitForms(List<String> singular, List<String> dual, List<String> plural,
                            List<String> definite, List<String> definitePlural) {
    }
}
