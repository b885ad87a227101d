package io.rekindle.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How close two short texts are in meaning ("Software Engineer" and "Java Developer"), from the all-MiniLM-L6-v2
 * sentence embedding model run in-process (langchain4j, ONNX). The model reads at most 128 tokens, so only titles and
 * short profiles are embedded; vectors are cached by text. The model loads on first use, never at start-up. Off with
 * {@code rekindle.search.semantic.enabled=false}: every similarity is then 0.
 */
@Component
class SemanticSimilarity {

    private static final Logger log = LoggerFactory.getLogger(SemanticSimilarity.class);
    static final int MAX_CHARS = 600;
    private static final int CACHE_SIZE = 50_000;

    private final boolean enabled;
    private final Map<String, float[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private volatile EmbeddingModel model;

    SemanticSimilarity(@Value("${rekindle.search.semantic.enabled:true}") boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    /** Cosine similarity of two texts' embeddings (about 0.1 for unrelated texts, near 1 for the same meaning). */
    double similarity(String a, String b) {
        if (!enabled || blank(a) || blank(b)) {
            return 0;
        }
        var vectors = vectors(List.of(a, b));
        return cosine(vectors.get(key(a)), vectors.get(key(b)));
    }

    /** The vector of a text, from the cache or embedded now; null when semantics are off or the text is blank. */
    float[] vector(String text) {
        if (!enabled || blank(text)) {
            return null;
        }
        return vectors(List.of(text)).get(key(text));
    }

    /** The vectors of several texts, embedding those not cached in one batch; keyed by {@link #key(String)}. */
    Map<String, float[]> vectors(Collection<String> texts) {
        var result = new HashMap<String, float[]>();
        if (!enabled) {
            return result;
        }
        var missing = new LinkedHashSet<String>();
        synchronized (cache) {
            for (String text : texts) {
                if (blank(text)) {
                    continue;
                }
                String key = key(text);
                float[] v = cache.get(key);
                if (v == null) {
                    missing.add(key);
                } else {
                    result.put(key, v);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<String> todo = new ArrayList<>(missing);
            var embeddings = model().embedAll(
                            todo.stream().map(TextSegment::from).toList())
                    .content();
            synchronized (cache) {
                for (int i = 0; i < todo.size(); i++) {
                    float[] v = embeddings.get(i).vector();
                    cache.put(todo.get(i), v);
                    result.put(todo.get(i), v);
                }
            }
        }
        return result;
    }

    /** What is embedded for a text: trimmed, lower-cased, cut to what the model reads. */
    static String key(String text) {
        String t = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t;
    }

    static double cosine(float[] a, float[] b) {
        if (a == null || b == null) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    long started = System.nanoTime();
                    model = new AllMiniLmL6V2EmbeddingModel();
                    log.info("Embedding model loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
                }
                loaded = model;
            }
        }
        return loaded;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
