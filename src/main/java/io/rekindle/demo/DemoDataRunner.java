package io.rekindle.demo;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Loads data when the application starts with {@code --demo} (the demo agency, only into an empty database),
 * {@code --people=N} (N synthetic people), optionally {@code --seed=S}, and {@code --exit} to stop once loaded.
 * Runs last, after migrations and the admin user.
 */
@Component
class DemoDataRunner implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
    private static final long DEFAULT_SEED = 42;

    private final DataSource dataSource;
    private final Clock clock;
    private final ApplicationContext context;

    DemoDataRunner(DataSource dataSource, Clock clock, ApplicationContext context) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoDataGenerator generator = new DemoDataGenerator(dataSource, clock, seed(args));
        if (args.containsOption("demo")) {
            if (generator.hasPeople()) {
                log.info("Skipped the demo agency: the database already has people");
            } else {
                generator.loadDemo();
            }
        }
        Integer people = people(args);
        if (people != null) {
            generator.loadPeople(people);
        }
        if (args.containsOption("exit")) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }

    private static long seed(ApplicationArguments args) {
        List<String> values = args.getOptionValues("seed");
        if (values == null || values.isEmpty()) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(values.get(0).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a whole number, not '" + values.get(0) + "'");
        }
    }

    private static Integer people(ApplicationArguments args) {
        List<String> values = args.getOptionValues("people");
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = values.get(0).strip().replace("_", "").replace(",", "");
        try {
            int people = Integer.parseInt(value);
            if (people < 1) {
                throw new NumberFormatException();
            }
            return people;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "--people must be a positive whole number such as --people=1000000, not '" + values.get(0) + "'");
        }
    }
}
