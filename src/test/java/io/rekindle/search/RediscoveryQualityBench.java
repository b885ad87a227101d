package io.rekindle.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints the rediscovery quality table (see {@link RediscoveryQuality}). Not a test: run it by hand, {@code ./mvnw -q
 * test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.rekindle.search.RediscoveryQualityBench}.
 */
final class RediscoveryQualityBench {

    private RediscoveryQualityBench() {}

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        var quality = new RediscoveryQuality(true);
        System.out.printf(
                "%d people, %d openings (embedding the short profiles took part of %.1f s)%n",
                quality.people(), quality.openings().size(), (System.nanoTime() - t0) / 1e9);
        List<RediscoveryQuality.Figures> rows = new ArrayList<>();
        rows.add(quality.bm25());
        rows.add(quality.ranked("lexical only (the index's candidate query)", FitParts.LEXICAL));
        rows.add(quality.ranked("lexical + titles (O*NET title families)", new FitParts(true, false, false)));
        rows.add(quality.ranked("lexical + skills (skill dictionary)", new FitParts(false, true, false)));
        rows.add(quality.ranked("lexical + semantics (MiniLM embeddings)", new FitParts(false, false, true)));
        rows.add(quality.ranked("lexical + titles + skills", new FitParts(true, true, false)));
        rows.add(quality.ranked("lexical + titles + semantics", new FitParts(true, false, true)));
        rows.add(quality.ranked("all: lexical + titles + skills + semantics", FitParts.ALL));
        System.out.println();
        System.out.println("| ranking | title P@10 | title nDCG@10 | job description P@10 | job description nDCG@10 |");
        System.out.println("|---|---|---|---|---|");
        for (var r : rows) {
            System.out.printf(
                    "| %s | %.3f | %.3f | %.3f | %.3f |%n",
                    r.name(), r.titlePrecision(), r.titleNdcg(), r.jdPrecision(), r.jdNdcg());
        }
        System.out.printf("took %.1f s%n", (System.nanoTime() - t0) / 1e9);
        System.exit(0);
    }
}
