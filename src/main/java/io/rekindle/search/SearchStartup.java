package io.rekindle.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At start-up: {@code --reindex} recomputes every search profile and the index from the database (then stops with
 * {@code --exit}); otherwise people loaded in bulk since the last start get their profiles in the background (unless
 * {@code rekindle.search.catch-up-on-start=false}).
 */
@Component
class SearchStartup implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(SearchStartup.class);

    private final Profiles profiles;
    private final ApplicationContext context;
    private final boolean catchUpOnStart;

    SearchStartup(Profiles profiles, ApplicationContext context, Environment environment) {
        this.profiles = profiles;
        this.context = context;
        this.catchUpOnStart = environment.getProperty("rekindle.search.catch-up-on-start", Boolean.class, true);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("reindex")) {
            long started = System.nanoTime();
            int done = profiles.rebuild();
            log.info("Reindexed {} people in {} s", done, (System.nanoTime() - started) / 1_000_000_000);
            if (args.containsOption("exit")) {
                System.exit(SpringApplication.exit(context, () -> 0));
            }
            return;
        }
        if (!catchUpOnStart) {
            return;
        }
        var catchUp = new Thread(
                () -> {
                    try {
                        profiles.catchUp();
                    } catch (RuntimeException e) {
                        log.warn("Search profiles could not catch up: {}", e.toString());
                    }
                },
                "search-catch-up");
        catchUp.setDaemon(true);
        catchUp.start();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
