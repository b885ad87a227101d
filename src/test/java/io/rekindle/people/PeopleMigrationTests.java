package io.rekindle.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.support.EmbeddedPostgres;
import io.rekindle.support.Migrations;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** People kept by an older release keep their e-mails and skills, in order, when the database is upgraded. */
class PeopleMigrationTests {

    @Test
    void emailsAndSkillsMoveIntoThePersonOnH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:people-migration-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        upgradeKeepsEmailsAndSkills(h2);
    }

    @Test
    void emailsAndSkillsMoveIntoThePersonOnPostgres() {
        upgradeKeepsEmailsAndSkills(EmbeddedPostgres.newDatabase());
    }

    private static void upgradeKeepsEmailsAndSkills(DataSource dataSource) {
        Migrations.migrate(dataSource, "62");
        var jdbc = new JdbcTemplate(dataSource);
        insertPerson(jdbc, 1, "Ann Rivera");
        insertPerson(jdbc, 2, "Bo Chen");
        jdbc.update("insert into person_email (person_id, position, email) values (1, 1, 'ann@work.example'),"
                + " (1, 0, 'ann.rivera@gmail.com')");
        jdbc.update("insert into person_skill (person_id, position, skill) values (1, 0, 'Sourcing'),"
                + " (1, 2, 'Boolean search'), (1, 1, 'Salesforce')");

        Migrations.migrate(dataSource);

        assertThat(strings(jdbc, "emails", 1)).containsExactly("ann.rivera@gmail.com", "ann@work.example");
        assertThat(strings(jdbc, "skills", 1)).containsExactly("Sourcing", "Salesforce", "Boolean search");
        assertThat(strings(jdbc, "emails", 2)).isEmpty();
        assertThat(strings(jdbc, "skills", 2)).isEmpty();
    }

    private static void insertPerson(JdbcTemplate jdbc, long id, String name) {
        jdbc.update(
                "insert into person (id, full_name, name_key, do_not_contact, created_at, updated_at, version)"
                        + " values (?, ?, ?, false, current_timestamp, current_timestamp, 0)",
                id,
                name,
                name.toLowerCase());
    }

    private static List<String> strings(JdbcTemplate jdbc, String column, long id) {
        return jdbc.queryForObject(
                "select " + column + " from person where id = ?", (rs, n) -> strings(rs.getArray(1)), id);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(String.class::cast)
                .toList();
    }
}
