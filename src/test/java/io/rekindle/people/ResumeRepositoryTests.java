package io.rekindle.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/** The resume table as Flyway makes it: versions per person, the newest one's text for search. */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
abstract class ResumeRepositoryTests {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    @Autowired
    ResumeRepository resumes;

    @Autowired
    PersonRepository people;

    @Test
    void theNewestVersionsTextIsWhatSearchReads() {
        Person ann = people.save(person("Ann Rivera"));
        Person bob = people.save(person("Bob Stone"));
        resumes.save(resume(ann, 1, "old text"));
        resumes.save(resume(ann, 2, "new text ".repeat(50_000)));
        resumes.save(resume(bob, 1, "bob's text"));
        resumes.flush();

        assertThat(resumes.lastVersion(ann.id().value())).isEqualTo(2);
        assertThat(resumes.findByPerson(ann.id().value()))
                .extracting(Resume::version)
                .containsExactly(2, 1);
        var texts = new ResumeTexts(resumes).textOf(List.of(ann.id(), bob.id()));
        assertThat(texts.get(ann.id())).startsWith("new text").hasSize(450_000);
        assertThat(texts.get(bob.id())).isEqualTo("bob's text");
    }

    private static Resume resume(Person person, int version, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        return new Resume(
                person.id(),
                version,
                new ResumeFile("cv.txt", "text/plain", content),
                ResumeStore.sha256(content),
                text,
                NOW,
                null);
    }

    private static Person person(String name) {
        return new Person(
                new ValidPersonData(
                        name,
                        List.of(),
                        List.of(),
                        "Account Executive",
                        "Globex",
                        new Location("Chicago", "IL", "US"),
                        null,
                        List.of(),
                        List.of(),
                        "test",
                        null,
                        false,
                        null),
                NOW,
                NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }
}
