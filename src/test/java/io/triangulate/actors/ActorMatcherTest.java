package io.triangulate.actors;

import io.triangulate.model.PublicationDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorMatcherTest {

    private static ActorMatcher matcher;
    private static final PublicationDate JULY_2015 = PublicationDate.of("2015-07-21", "DAY");

    @BeforeAll
    static void build() {
        matcher = ActorMatcher.of(ActorDictionary.defaultDictionary());
    }

    private static List<ActorMatch> find(String text) {
        return matcher.find(text, PublicationDate.UNKNOWN);
    }

    private static List<String> ids(String text) {
        return find(text).stream().map(ActorMatch::actorId).toList();
    }

    @Test
    void defaultDictionaryHasHundredsOfActors() {
        assertTrue(ActorDictionary.defaultDictionary().size() >= 400);
    }

    @Test
    void procliticsAndTheArticleContractionKeepTheWholeWordAsSurface() {
        List<ActorMatch> m = find("وصل وللولايات المتحدة رد، ونقل بالبيت الأبيض، وفقا للبنتاجون وللإيرانيين.");
        assertEquals(List.of("USA", "org:white-house", "org:pentagon", "IRN"), m.stream().map(ActorMatch::actorId).toList());
        assertEquals(List.of("وللولايات المتحدة", "بالبيت الأبيض", "للبنتاجون", "وللإيرانيين"),
                m.stream().map(ActorMatch::surface).toList());
    }

    @Test
    void demonymFormsResolveToTheCountry() {
        assertEquals(List.of("IRN", "IRN", "IRN", "IRN", "OMN"), ids("الإيراني والإيرانية والإيرانيين إيرانيان العمانيين"));
    }

    @Test
    void noHitInsideAnUnrelatedLongerWord() {
        assertEquals(List.of(), ids("مصرف ومصرع وقطرات وساعات وعمانوئيل والمصرفية وايرانيهم"));
        assertEquals(List.of(), ids("استقبلهم بحماس كبير في مسقط رأسه عند جده"));
        assertEquals(List.of(), ids("احتلال الأرض"));
    }

    @Test
    void omanIsOmanUnlessJordanIsNamedNearby() {
        assertEquals(List.of("OMN"), ids("جرت المحادثات في عمان الأسبوع الماضي"));
        assertEquals(List.of("place:amman", "JOR"), ids("وصل الوفد إلى عمان العاصمة الأردنية"));
        assertEquals(List.of("place:amman"), ids("وصل الوفد إلى عمّان مساء أمس"));
        assertEquals("context_rule", find("عمان العاصمة الأردنية").get(0).resolution());
    }

    @Test
    void capitalsAreTheirGovernmentUnlessUsedAsAPlace() {
        List<ActorMatch> m = find("رفضت طهران العرض، وقال محلل في طهران إن مسقط رحبت، ووصل الوفد إلى مسقط");
        assertEquals(List.of("IRN", "place:tehran", "OMN", "place:muscat"), m.stream().map(ActorMatch::actorId).toList());
        assertEquals("metonym", m.get(0).resolution());
    }

    @Test
    void datelinesLocativesAndCityInstitutionsAreTheCityNotTheGovernment() {
        assertEquals(List.of("place:cairo"), ids("أحمد علي- سبق- القاهرة: أعلن متجر"));
        assertEquals(List.of("place:sanaa"), ids("وفي صنعاء، نفذت المقاومة هجوما"));
        assertEquals(List.of("place:jeddah"), ids("قالت شرطة جدة إنها"));
        assertEquals(List.of("SAU"), ids("أعلنت الرياض أنها"));
    }

    @Test
    void currenciesAndPatronymicHalvesAreNotActors() {
        assertEquals(List.of(), ids("بلغت قيمته 63 مليون دولار أميركي"));
        assertEquals(List.of("person:king-salman"),
                ids("استقبل الملك سلمان بن عبدالعزيز الأمير منصور بن سعود بن عبدالعزيز"));
    }

    @Test
    void occupationMeansIsraelOnlyWhereTheArticleIsAboutIsrael() {
        assertEquals(List.of("ISR", "place:gaza"), ids("قصف الاحتلال مواقع في غزة"));
        assertEquals(List.of("USA", "IRQ"), ids("بعد الاحتلال الأمريكي للعراق"));
        assertEquals(List.of(), ids("أدان الاحتلال"));
    }

    @Test
    void surnameResolvesToTheFullNameIntroducedEarlierAndTheLatestWins() {
        List<ActorMatch> m = find("التقى علي باقري كاني الوفد. وقال باقري إن اللقاء مفيد. ثم تحدث محمد باقري، وأضاف باقري");
        assertEquals(List.of("person:ali-bagheri-kani", "person:ali-bagheri-kani", "person:mohammad-bagheri",
                "person:mohammad-bagheri"), m.stream().map(ActorMatch::actorId).toList());
        assertEquals("surname", m.get(1).resolution());
        assertEquals(List.of(), ids("وقال باقري إن اللقاء مفيد"));
    }

    @Test
    void titlesResolveByTermOfOfficeAndNeverForSomeoneElse() {
        List<ActorMatch> m = matcher.find("أكد ولي ولي العهد وزير الدفاع في المملكة العربية السعودية", JULY_2015);
        assertEquals("person:mohammed-bin-salman", m.get(0).actorId());
        assertEquals("role", m.get(0).resolution());
        assertTrue(matcher.find("أكد ولي ولي العهد في السعودية", PublicationDate.of("2018", "YEAR")).stream()
                .noneMatch(x -> x.actorId().startsWith("person:")));
        assertTrue(matcher.find("قال الرئيس الأمريكي السابق إن", PublicationDate.of("2024-03", "MONTH")).stream()
                .noneMatch(x -> x.actorId().startsWith("person:")));
        assertTrue(matcher.find("قال نائب وزير الخارجية الإيراني إن", PublicationDate.of("2024-03", "MONTH")).stream()
                .noneMatch(x -> x.actorId().startsWith("person:")));
        List<ActorMatch> named = matcher.find("قال الرئيس الأمريكي جو بايدن", PublicationDate.of("2024-03", "MONTH"));
        assertEquals(List.of("person:joe-biden"), named.stream().map(ActorMatch::actorId).toList());
    }

    @Test
    void englishCaseAcronymsAndPossessives() {
        List<ActorMatch> m = find("Iran's talks with the US and Oman; let us see. The Independent said independent sources.");
        assertEquals(List.of("IRN", "USA", "OMN", "media:independent"), m.stream().map(ActorMatch::actorId).toList());
        assertEquals("Iran's", m.get(0).surface());
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("media:wapo"), ids("نقلت واشنطن بوست"));
        assertEquals(List.of("org:quds-force"), ids("فيلق القدس"));
        assertEquals(List.of("org:irgc"), ids("الحرس الثوري الإيراني"));
    }

    @Test
    void extraDictionaryFilesAddAndOverride(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("extra.json");
        Files.writeString(extra, """
                {"version": "job-1", "actors": [
                  {"id": "OMN", "name": "Sultanate of Oman", "nameAr": "سلطنة عمان", "type": "country", "aliases": ["سلطنة عمان"]},
                  {"id": "person:sasan-x", "name": "Sasan X", "nameAr": "ساسان اكس", "type": "person", "aliases": ["ساسان اكس"]}
                ]}""", StandardCharsets.UTF_8);
        ActorDictionary d = ActorDictionary.load(List.of(extra.toString()));
        assertEquals("Sultanate of Oman", d.actor("OMN").name());
        assertTrue(d.version().endsWith("+job-1"));
        ActorMatcher m = ActorMatcher.of(d);
        assertEquals(List.of("person:sasan-x", "OMN"), m.find("قال ساسان اكس في سلطنة عمان", PublicationDate.UNKNOWN)
                .stream().map(ActorMatch::actorId).toList());
        assertEquals(List.of(), m.find("في عمان", PublicationDate.UNKNOWN).stream()
                .filter(x -> x.actorId().equals("OMN")).toList());
    }

    @Test
    void badDictionaryFilesAreRejectedNamingTheField(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"actors\": [{\"id\": \"x\", \"name\": \"X\", \"type\": \"planet\", \"aliases\": [\"x\"]}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorDictionary.load(List.of(bad.toString())));
        assertTrue(e.getMessage().contains("type"), e.getMessage());
    }
}
