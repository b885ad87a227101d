package io.rekindle.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.platform.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The people table as Flyway makes it, queried the way the people list filters it. */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
abstract class PersonRepositoryTests {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    @Autowired
    PersonRepository repository;

    @BeforeEach
    void keepPeople() {
        repository.deleteAll();
        repository.save(person("José Álvarez", "jose@example.com", "Chicago", "sales", 1L));
        repository.save(person("Ann Rivera", "ann.rivera@example.com", "Chicago", "vip", 2L));
        repository.save(person("Bob Stone", "bob@example.org", "Denver", "sales", 1L));
        repository.save(person("Cleo Marsh", "cleo.marsh@gmail.com", "Denver", "vip", 2L));
        repository.flush();
    }

    @Test
    void keepsEveryEmailPhoneSkillAndTag() {
        Person saved = repository.findAll().stream()
                .filter(p -> p.summary().fullName().equals("Ann Rivera"))
                .findFirst()
                .orElseThrow();
        PersonDetails details = saved.details(new PhoneNumbers("US"));
        assertThat(details.emails()).containsExactly("ann.rivera@example.com", "second@example.com");
        assertThat(details.phones()).extracting(Phone::e164).containsExactly("+13125550142");
        assertThat(details.skills()).containsExactly("Salesforce", "Negotiation");
        assertThat(details.tags()).containsExactly("vip");
        assertThat(details.createdAt()).isEqualTo(NOW);
    }

    @Test
    void findsNamesWithoutCaringForAccentsOrCase() {
        assertThat(names(new PersonFilter("jose alv", null, null, null, null))).containsExactly("José Álvarez");
    }

    @Test
    void filtersByEmailCityTagAndOwner() {
        assertThat(names(new PersonFilter(null, "ANN.RIVERA@example.com", null, null, null)))
                .containsExactly("Ann Rivera");
        assertThat(names(new PersonFilter(null, "bob", null, null, null))).containsExactly("Bob Stone");
        assertThat(names(new PersonFilter(null, null, "chicago", null, null)))
                .containsExactly("Ann Rivera", "José Álvarez");
        assertThat(names(new PersonFilter(null, null, null, "sales", new UserId(1))))
                .containsExactly("Bob Stone", "José Álvarez");
        assertThat(names(new PersonFilter("100%_", null, null, null, null))).isEmpty();
    }

    @Test
    void findsAMailboxByAnyOfItsSpellings() {
        assertThat(names(new PersonFilter(null, "CleoMarsh+jobs@googlemail.com", null, null, null)))
                .containsExactly("Cleo Marsh");
        assertThat(names(new PersonFilter(null, "cleo.ma", null, null, null))).containsExactly("Cleo Marsh");
        assertThat(names(new PersonFilter(null, "ann.ri", null, null, null))).containsExactly("Ann Rivera");
        assertThat(names(new PersonFilter(null, "annri", null, null, null))).isEmpty();
    }

    private List<String> names(PersonFilter filter) {
        return repository
                .findAll(PersonSpecifications.matching(filter), PageRequest.of(0, 10, Sort.by("nameKey")))
                .map(p -> p.summary().fullName())
                .getContent();
    }

    private static Person person(String name, String email, String city, String tag, long owner) {
        return new Person(
                new ValidPersonData(
                        name,
                        List.of(email, "second@example.com"),
                        List.of("+13125550142"),
                        "Account Executive",
                        "Globex",
                        new Location(city, "IL", "US"),
                        null,
                        List.of("Salesforce", "Negotiation"),
                        List.of(tag),
                        "test",
                        new UserId(owner),
                        false,
                        null),
                NOW,
                LocalDate.of(2026, 11, 22));
    }
}
