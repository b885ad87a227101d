package io.rekindle.ingestion;

import io.rekindle.people.PhoneNumbers;
import io.rekindle.platform.Gazetteer;
import io.rekindle.platform.SkillDictionary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Resume parsing throughput on the PDF and DOCX files of the labelled sample: Tika text extraction plus field finding,
 * on as many threads as given (default 2). Run with {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.rekindle.ingestion.ResumeParsingBench [-Dexec.args="2 30"]} (threads, seconds).
 */
public final class ResumeParsingBench {

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<Path> files;
        try (Stream<Path> all = Files.list(Path.of("src/test/resources/resumes"))) {
            files = all.filter(
                            p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx"))
                    .sorted()
                    .toList();
        }
        List<byte[]> contents = new ArrayList<>();
        long bytes = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            contents.add(b);
            bytes += b.length;
        }
        var reader = new ResumeReader(new ResumeSettings(null, null, 0, 0, null, null));
        var finder = new FieldFinder(new PhoneNumbers("US"), new Gazetteer(), new SkillDictionary(), Clock.systemUTC());
        System.out.printf(
                Locale.ROOT,
                "%d files (%d PDF, %d DOCX), %.0f KB on average; %d threads, %d s; %d processors%n",
                files.size(),
                files.stream().filter(p -> p.toString().endsWith(".pdf")).count(),
                files.stream().filter(p -> p.toString().endsWith(".docx")).count(),
                bytes / 1024.0 / files.size(),
                threads,
                seconds,
                Runtime.getRuntime().availableProcessors());
        // warm-up: load the gazetteer and skills, let the JIT compile
        long warm = System.nanoTime();
        for (int i = 0; i < contents.size() * 3; i++) {
            finder.find(
                    reader.read(files.get(i % files.size()).getFileName().toString(), contents.get(i % files.size()))
                            .text());
        }
        System.out.printf(Locale.ROOT, "warm-up %.1f s%n", (System.nanoTime() - warm) / 1e9);

        for (boolean withFields : new boolean[] {false, true}) {
            AtomicInteger done = new AtomicInteger();
            var os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long processCpuStart = os.getProcessCpuTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                workers.add(pool.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < end) {
                        int k = i++ % contents.size();
                        String text = reader.read(files.get(k).getFileName().toString(), contents.get(k))
                                .text();
                        if (withFields) {
                            finder.find(text);
                        }
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            pool.shutdown();
            double elapsed = (System.nanoTime() - start) / 1e9;
            // the process's CPU time (parsing threads, GC, JIT): what the documents cost whatever else the machine does
            double cpuSeconds = (os.getProcessCpuTime() - processCpuStart) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d documents in %.1f s = %.1f documents/s (wall); %.1f CPU s = %.1f documents per CPU"
                            + " second, %.1f documents/s on %d dedicated cores%n",
                    withFields ? "text + fields" : "text only",
                    done.get(),
                    elapsed,
                    done.get() / elapsed,
                    cpuSeconds,
                    done.get() / cpuSeconds,
                    threads * done.get() / cpuSeconds,
                    threads);
        }
        reader.stop();
    }
}
