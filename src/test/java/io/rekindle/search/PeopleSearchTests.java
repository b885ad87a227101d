package io.rekindle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.rekindle.openings.Companies;
import io.rekindle.openings.Openings;
import io.rekindle.people.Location;
import io.rekindle.people.People;
import io.rekindle.people.PeopleCreated;
import io.rekindle.people.PersonData;
import io.rekindle.people.PersonDetails;
import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Pipeline;
import io.rekindle.pipeline.Side;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Boolean search, filters, facets and radius over people kept in the database, on the embedded Lucene index. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class PeopleSearchTests {

    @Autowired
    People people;

    @Autowired
    Companies companies;

    @Autowired
    Openings openings;

    @Autowired
    Pipeline pipeline;

    @Autowired
    PeopleSearch search;

    @Autowired
    Profiles profiles;

    /** A word only the people of one test have, so tests sharing the context never see each other's people. */
    String marker;

    @BeforeEach
    void marker() {
        marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    PersonDetails person(String name, String title, String city, String region, List<String> skills, String tag) {
        return people.create(new PersonData(
                name,
                List.of(),
                List.of(),
                title,
                "Globex",
                new Location(city, region, "US"),
                skills,
                List.of(marker, tag),
                "test",
                null,
                false,
                null,
                null));
    }

    List<String> names(String q) {
        return names(SearchRequest.query(q));
    }

    List<String> names(SearchRequest request) {
        return search.search(request, 0, 50).items().stream()
                .map(SearchHit::fullName)
                .sorted()
                .toList();
    }

    String m(String q) {
        return "tag:" + marker + " AND (" + q + ")";
    }

    @Test
    void booleanSearchAsRecruitersWriteIt() {
        person("Ann Rivera", "Account Executive", "Chicago", "IL", List.of("Salesforce", "Cold calling"), "hot");
        person("Bo Chen", "Senior Account Executive", "Boston", "MA", List.of("HubSpot"), "cold");
        person("Cy Diaz", "Sales Manager", "Chicago", "IL", List.of("Salesforce", "Coaching"), "cold");
        person("Di Evans", "Java Developer", "Chicago", "IL", List.of("Java", "Spring"), "hot");

        await().untilAsserted(() -> assertThat(names(m("tag:hot OR tag:cold"))).hasSize(4));
        assertThat(names(m("\"account executive\""))).containsExactly("Ann Rivera", "Bo Chen");
        assertThat(names(m("title:\"account executive\" NOT city:Boston"))).containsExactly("Ann Rivera");
        assertThat(names(m("salesforce chicago"))).containsExactly("Ann Rivera", "Cy Diaz");
        assertThat(names(m("skills:(hubspot OR java)"))).containsExactly("Bo Chen", "Di Evans");
        assertThat(names(m("manag*"))).containsExactly("Cy Diaz");
        assertThat(names(m("develop*")))
                .as("a wildcard on a word stemming would cut")
                .containsExactly("Di Evans");
        assertThat(names(m("tag:hot -java"))).containsExactly("Ann Rivera");
        assertThat(names(m("company:globex title:executives")))
                .as("plural matches singular")
                .containsExactly("Ann Rivera", "Bo Chen");
    }

    @Test
    void aSyntaxErrorNamesThePositionInsteadOfFailing() {
        assertThatThrownBy(() -> search.search(SearchRequest.query("sales AND (java"), 0, 10))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("q");
                            assertThat(p.message()).contains("Missing ')'").contains("position 16");
                        }));
    }

    @Test
    void radiusAroundACityInKilometresOrMiles() {
        person("Ann Rivera", "Account Executive", "Chicago", "IL", List.of(), "a");
        person("Ed Frank", "Account Executive", "Naperville", "IL", List.of(), "a");
        person("Bo Chen", "Account Executive", "Milwaukee", "WI", List.of(), "a");
        person("Cy Diaz", "Account Executive", "Boston", "MA", List.of(), "a");

        await().untilAsserted(() -> assertThat(names(m("tag:a"))).hasSize(4));
        var near = new SearchRequest(
                "tag:" + marker,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Chicago, IL",
                50.0,
                "km",
                SearchRequest.Sort.DISTANCE);
        var found = search.search(near, 0, 10).items();
        assertThat(found).extracting(SearchHit::fullName).containsExactly("Ann Rivera", "Ed Frank");
        assertThat(found.get(0).distanceKm()).isLessThan(5.0);

        var miles = new SearchRequest(
                "tag:" + marker, null, null, null, null, null, null, null, null, "Chicago", 100.0, "mi", null);
        assertThat(names(miles)).containsExactly("Ann Rivera", "Bo Chen", "Ed Frank");

        var unknown =
                new SearchRequest(null, null, null, null, null, null, null, null, null, "Qwxzville", 10.0, null, null);
        assertThatThrownBy(() -> search.search(unknown, 0, 10))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("near");
    }

    /** The person said no to an Account Executive opening at Acme: happy where they are, just promoted. */
    private void declinedBecauseJustPromoted(PersonDetails person) {
        var acme = companies.create(TestData.company("Acme " + marker));
        var opening = openings.create(TestData.opening(acme.id(), "Account Executive"));
        var c = pipeline.add(person.id(), opening.id(), null);
        pipeline.recordNo(
                c.id(),
                new Pipeline.NoOutcome(
                        Side.CANDIDATE_DECLINED, NoReason.HAPPY_WHERE_I_AM, "Just promoted", null, null, null));
    }

    @Test
    void aLateBatchOfNewPeopleKeepsTheHistoryTheyAlreadyHave() {
        var ann = person("Ann Rivera", "Account Executive", "Chicago", "IL", List.of(), "a");
        declinedBecauseJustPromoted(ann);
        await().untilAsserted(() -> assertThat(names(m("history:promoted"))).containsExactly("Ann Rivera"));

        // The import's batch event for a person it created comes after a recruiter already worked with them.
        profiles.on(new PeopleCreated(List.of(ann.id())));

        assertThat(names(m("history:promoted"))).containsExactly("Ann Rivera");
    }

    @Test
    void filtersAndFacetsFromTheHistory() {
        var ann = person("Ann Rivera", "Account Executive", "Chicago", "IL", List.of(), "a");
        person("Bo Chen", "Account Executive", "Chicago", "IL", List.of(), "a");
        declinedBecauseJustPromoted(ann);

        var declined = new SearchRequest(
                "tag:" + marker,
                null,
                "candidate_declined",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        await().untilAsserted(() -> assertThat(names(declined)).containsExactly("Ann Rivera"));
        var notOpenYet = new SearchRequest(
                "tag:" + marker, null, null, "HAPPY_WHERE_I_AM", false, null, null, null, null, null, null, null, null);
        assertThat(names(notOpenYet)).as("the revisit window opens in 6 months").containsExactly("Ann Rivera");
        assertThat(names(m("history:promoted")))
                .as("the note of the no is searchable")
                .containsExactly("Ann Rivera");

        await().untilAsserted(() -> assertThat(search.search(SearchRequest.query("tag:" + marker), 0, 10)
                        .totalItems())
                .as("Bo is indexed too: his profile is built by its own asynchronous listener")
                .isEqualTo(2));
        var results = search.search(SearchRequest.query("tag:" + marker), 0, 10);
        assertThat(results.facets().get("side")).containsEntry("CANDIDATE_DECLINED", 1L);
        assertThat(results.facets().get("reason")).containsEntry("HAPPY_WHERE_I_AM", 1L);
        assertThat(results.facets().get("stage")).containsEntry("SOURCED", 1L);
        assertThat(results.facets().get("revisitOpen"))
                .containsEntry("false", 1L)
                .containsEntry("true", 0L);
        assertThat(results.facets().get("consent")).containsEntry("CONTACTABLE", 2L);
        assertThat(results.facets().get("lastTouch")).containsEntry("NEVER", 2L);
    }
}
