package io.rekindle.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Migrates a bare database with the application's own Flyway locations, for code that runs without Spring. */
public final class Migrations {

    private Migrations() {}

    public static void migrate(DataSource dataSource) {
        migrate(dataSource, "latest");
    }

    /** Migrates up to and including the given version ("latest" for all), as an older release left the database. */
    public static void migrate(DataSource dataSource, String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations())
                .outOfOrder(true)
                .target(target)
                .load()
                .migrate();
    }

    /** The locations in the application.properties (the tests' overrides in config/ name none). */
    private static String[] locations() {
        try {
            var found = Migrations.class.getClassLoader().getResources("application.properties");
            while (found.hasMoreElements()) {
                var properties = new Properties();
                try (InputStream in = found.nextElement().openStream()) {
                    properties.load(in);
                }
                String locations = properties.getProperty("spring.flyway.locations");
                if (locations != null) {
                    return locations.split(",");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No application.properties names spring.flyway.locations");
    }
}
