package io.rekindle.support;

/** What the benchmarks share: they run the application as shipped, without the tests' overrides. */
public final class Benches {

    /**
     * The argument that loads only the application's own properties: without it the tests' overrides in
     * {@code config/application.properties} (in-memory database, index on the heap, jobs off) would apply.
     */
    public static final String AS_SHIPPED = "--spring.config.location=classpath:/application.properties";

    private Benches() {}
}
