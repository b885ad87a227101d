package io.rekindle.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium driven by Playwright. Where it is missing the browser tests are skipped with a hint, unless
 * {@code REKINDLE_BROWSER_TESTS=required} (as in CI), where they fail instead.
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private Chromium() {}

    static void assumeInstalled() {
        boolean installed = Files.isExecutable(EXECUTABLE);
        boolean required = "required".equals(System.getenv("REKINDLE_BROWSER_TESTS"));
        if (!installed && required) {
            throw new IllegalStateException(EXECUTABLE + " is missing but browser tests are required");
        }
        Assumptions.assumeTrue(
                installed,
                "Browser tests skipped: " + EXECUTABLE
                        + " not found. Install Debian's chromium: sudo apt-get install -y chromium");
    }

    static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }
}
