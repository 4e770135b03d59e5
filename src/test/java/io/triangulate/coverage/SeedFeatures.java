package io.triangulate.coverage;

import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;

import java.util.ArrayList;
import java.util.List;

/** Sentence features of the seeds, built as {@link StoryJob#sentenceFeatures} builds them on Spark. */
final class SeedFeatures {

    private SeedFeatures() {
    }

    static ArticleSentences of(Article a) {
        List<Mention> mentions = SeedCorpus.mentions(a);
        List<SentenceFeature> features = new ArrayList<>();
        for (Sentence s : SeedCorpus.sentences(a)) {
            features.add(SentenceMatcher.features(s,
                    mentions.stream().filter(m -> m.getSentenceIndex() == s.getIndex()).toList(),
                    CoverageSettings.defaults().seed()));
        }
        return new ArticleSentences(a.getId(), a.getOutlet(), a.getPublished(), a.getPublishedPrecision(), features);
    }

    static List<ArticleSentences> all() {
        return SeedCorpus.articles().stream().map(SeedFeatures::of).toList();
    }

    static ArticleSentences of(String id) {
        return of(SeedCorpus.article(id));
    }
}
