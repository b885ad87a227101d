package io.rekindle.support;

/** What the benchmarks share: they run the application as shipped, without the tests' overrides. */
public final class Benches {

    private Benches() {}

    /**
     * The argument that loads only the application's own {@code application.properties}, named by its address in
     * {@code target/classes}: the tests' overrides (in-memory database, index on the heap, jobs off) must not apply,
     * not even from a stale copy left in {@code target/test-classes} by an earlier build.
     */
    public static String asShipped() {
        try {
            var found = Benches.class.getClassLoader().getResources("application.properties");
            while (found.hasMoreElements()) {
                String url = found.nextElement().toString();
                if (!url.contains("test-classes")) {
                    return "--spring.config.location=" + url;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException("The application's application.properties is not on the class path");
    }
}
