package io.rekindle.search;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The embedding vectors of people's short profiles (title, skills, the start of the resume), kept for ranking. Never
 * computed while ranking (about 40 profiles a second per core): ranking uses a person's vector when it is here and the
 * meaning of their title otherwise. {@link #embed(Collection)} fills it, in the background or for a benchmark.
 */
@Component
class ProfileVectors {

    private static final Logger log = LoggerFactory.getLogger(ProfileVectors.class);
    private static final int CAPACITY = 200_000;

    private final SemanticSimilarity semantic;
    private final Map<Long, Entry> vectors = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    /** One background thread embeds profiles ranking met without a vector; when it is busy, more are dropped. */
    private final ThreadPoolExecutor later = new ThreadPoolExecutor(
            0,
            1,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(20),
            runnable -> {
                Thread thread = new Thread(runnable, "profile-vectors");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            },
            new ThreadPoolExecutor.DiscardPolicy());

    ProfileVectors(SemanticSimilarity semantic) {
        this.semantic = semantic;
    }

    /**
     * Embeds these profiles in the background (a cache warm-up, nothing is stored): the next ranking that meets them
     * compares their whole short profile, not only their title.
     */
    void embedLater(List<ProfileData> profiles) {
        if (!semantic.enabled() || profiles.isEmpty()) {
            return;
        }
        List<ProfileData> todo = List.copyOf(profiles);
        later.execute(() -> {
            try {
                embed(todo);
            } catch (RuntimeException e) {
                log.debug("Profile vectors not embedded: {}", e.toString());
            }
        });
    }

    @PreDestroy
    void stop() {
        later.shutdownNow();
    }

    /** The short profile's vector, when it was embedded for the profile as it is now; else null. */
    float[] of(ProfileData p) {
        if (p.personId() == null) {
            return null;
        }
        Entry e;
        synchronized (vectors) {
            e = vectors.get(p.personId());
        }
        return e != null && e.text().equals(SemanticSimilarity.key(textOf(p))) ? e.vector() : null;
    }

    /** Embeds the short profiles of these people that are not embedded yet; returns how many were. */
    int embed(Collection<ProfileData> profiles) {
        if (!semantic.enabled()) {
            return 0;
        }
        List<ProfileData> todo = new ArrayList<>();
        for (ProfileData p : profiles) {
            if (p.personId() != null && of(p) == null && !textOf(p).isBlank()) {
                todo.add(p);
            }
        }
        var found = semantic.vectors(todo.stream().map(ProfileVectors::textOf).collect(Collectors.toList()));
        synchronized (vectors) {
            for (ProfileData p : todo) {
                String key = SemanticSimilarity.key(textOf(p));
                vectors.put(p.personId(), new Entry(key, found.get(key)));
            }
        }
        return todo.size();
    }

    /** A person's short profile: title, a few skills, the start of the resume (the model reads about 128 tokens). */
    static String textOf(ProfileData p) {
        var text = new StringBuilder();
        if (p.title() != null) {
            text.append(p.title()).append(". ");
        }
        if (!p.skills().isEmpty()) {
            text.append(String.join(
                            ", ", p.skills().subList(0, Math.min(10, p.skills().size()))))
                    .append(". ");
        }
        if (p.resumeText() != null) {
            text.append(p.resumeText(), 0, Math.min(p.resumeText().length(), SemanticSimilarity.MAX_CHARS));
        }
        return text.toString().strip();
    }

    private record Entry(String text, float[] vector) {}
}
