package io.rekindle;

import static io.rekindle.support.ApiClient.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.platform.ApiTokens;
import io.rekindle.platform.Users;
import io.rekindle.support.ApiClient;
import io.rekindle.support.ApiClient.Response;
import io.rekindle.support.TestClockConfiguration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The first half of story 1 through the JSON API, with years of history arriving from another system: keep a person,
 * send a job description, three unanswered follow-ups, then the no with its reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
abstract class StoryOneApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    ApiClient api;
    String token;

    @BeforeEach
    void signIn() {
        var admin = users.all().stream()
                .filter(u -> u.username().equals("admin"))
                .findFirst()
                .orElseThrow()
                .id();
        token = tokens.issue(admin, "story test").token();
        api = new ApiClient(port, token);
    }

    @Test
    void everyNoIsKeptWithItsReasonAndShowsOnTheTimeline() {
        long ann = created(api.post(
                "/api/v1/people",
                map(
                        "fullName",
                        "Ann Rivera",
                        "emails",
                        List.of("ann.rivera@example.com"),
                        "phones",
                        List.of("(312) 555-0142"),
                        "currentTitle",
                        "Account Executive",
                        "currentEmployer",
                        "Globex",
                        "location",
                        map("city", "Chicago", "region", "IL", "country", "US"),
                        "skills",
                        List.of("Salesforce", "Negotiation"),
                        "tags",
                        List.of("sales"),
                        "source",
                        "resume",
                        "createdAt",
                        "2025-12-01T15:00:00Z")));
        long acme =
                created(api.post("/api/v1/companies", map("name", "Acme Corp", "city", "Chicago", "country", "US")));
        long opening = created(api.post(
                "/api/v1/openings",
                map(
                        "companyId",
                        acme,
                        "title",
                        "Account Executive",
                        "location",
                        map("city", "Chicago", "region", "IL", "country", "US"),
                        "radiusKm",
                        40,
                        "pay",
                        map("min", 90000, "max", 120000, "currency", "USD"),
                        "openedOn",
                        "2026-01-20")));
        long candidacy = created(api.post(
                "/api/v1/candidacies", map("personId", ann, "openingId", opening, "addedAt", "2026-02-02T09:00:00Z")));

        created(api.post(
                "/api/v1/touches",
                map(
                        "personId",
                        ann,
                        "openingId",
                        opening,
                        "channel",
                        "EMAIL",
                        "direction",
                        "OUTBOUND",
                        "summary",
                        "Sent the job description",
                        "occurredAt",
                        "2026-02-02T09:30:00Z")));
        assertThat(api.post(
                                "/api/v1/candidacies/" + candidacy + "/stage",
                                map("stage", "CONTACTED", "at", "2026-02-02T09:30:00Z"))
                        .status())
                .isEqualTo(200);
        for (String day : List.of("2026-02-04", "2026-02-06", "2026-02-09")) {
            created(api.post(
                    "/api/v1/touches",
                    map(
                            "personId",
                            ann,
                            "openingId",
                            opening,
                            "channel",
                            "CALL",
                            "direction",
                            "OUTBOUND",
                            "result",
                            "NO_ANSWER",
                            "occurredAt",
                            day + "T15:00:00Z")));
        }
        Response no = api.post(
                "/api/v1/candidacies/" + candidacy + "/outcome",
                map(
                        "side", "CANDIDATE_DECLINED",
                        "reason", "HAPPY_WHERE_I_AM",
                        "note", "Just promoted, likes her manager",
                        "condition", "vesting in 4 months",
                        "date", "2026-02-11"));

        assertThat(no.status()).isEqualTo(200);
        assertThat(no.body().get("status").asString()).isEqualTo("ENDED");
        assertThat(no.body().at("/outcome/reason").asString()).isEqualTo("HAPPY_WHERE_I_AM");
        assertThat(no.body().at("/outcome/condition").asString()).isEqualTo("vesting in 4 months");

        Response timeline = api.get("/api/v1/people/" + ann + "/timeline");
        List<String> texts = StreamSupport.stream(timeline.body().spliterator(), false)
                .map(e -> e.get("text").asString())
                .toList();
        assertThat(texts)
                .containsExactly(
                        "Candidate declined: happy where I am — Account Executive at Acme Corp",
                        "Call (outbound) no answer about Account Executive at Acme Corp",
                        "Call (outbound) no answer about Account Executive at Acme Corp",
                        "Call (outbound) no answer about Account Executive at Acme Corp",
                        "E-mail (outbound)  about Account Executive at Acme Corp",
                        "Moved to Contacted for Account Executive at Acme Corp",
                        "Added to Account Executive at Acme Corp",
                        "Kept in Rekindle");
        JsonNode first = timeline.body().get(0);
        assertThat(first.get("detail").asString())
                .isEqualTo("Just promoted, likes her manager — Condition: vesting in 4 months");

        Response touchPage = api.get("/api/v1/touches?personId=" + ann + "&size=2");
        assertThat(touchPage.body().get("totalItems").asLong()).isEqualTo(4);
        assertThat(touchPage.body().at("/items/0/occurredAt").asString()).isEqualTo("2026-02-09T15:00:00Z");

        Response person = api.get("/api/v1/people/" + ann);
        assertThat(person.body().at("/phones/0/e164").asString()).isEqualTo("+13125550142");
        assertThat(person.body().at("/phones/0/display").asString()).isEqualTo("(312) 555-0142");
    }

    @Test
    void listsPeopleFilteredSortedAndPaged() {
        for (String name : List.of("Zoe Park", "Ann Lee", "Bob Stone")) {
            created(api.post(
                    "/api/v1/people",
                    map("fullName", name, "location", map("city", "Chicago"), "tags", List.of("list-test"))));
        }
        created(api.post(
                "/api/v1/people",
                map("fullName", "Carl Ny", "location", map("city", "Denver"), "tags", List.of("list-test"))));

        Response page = api.get("/api/v1/people?city=chicago&tag=list-test&size=2&sort=name");
        assertThat(page.body().get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.body().get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.body().at("/items/0/fullName").asString()).isEqualTo("Ann Lee");
        assertThat(page.body().at("/items/1/fullName").asString()).isEqualTo("Bob Stone");
        assertThat(api.get("/api/v1/people?name=zo")
                        .body()
                        .at("/items/0/fullName")
                        .asString())
                .isEqualTo("Zoe Park");
    }

    @Test
    void badInputIsAnsweredWithProblemDetailsNamingEachField() {
        Response invalid = api.post(
                "/api/v1/people",
                map(
                        "fullName",
                        "",
                        "emails",
                        List.of("nope"),
                        "phones",
                        List.of("12"),
                        "location",
                        map("country", "XX")));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.headers().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(invalid.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("fullName", "emails[0]", "phones[0]", "location.country");

        Response badEnum = api.post("/api/v1/touches", map("personId", 1, "channel", "FAX", "direction", "OUTBOUND"));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.body().at("/errors/0/field").asString()).isEqualTo("channel");
        assertThat(badEnum.body().at("/errors/0/message").asString()).contains("CALL", "EMAIL");

        Response future = api.post(
                "/api/v1/touches",
                map(
                        "personId",
                        created(api.post("/api/v1/people", map("fullName", "Dee"))),
                        "channel",
                        "CALL",
                        "direction",
                        "OUTBOUND",
                        "occurredAt",
                        "2030-01-01T00:00:00Z"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().at("/errors/0/field").asString()).isEqualTo("occurredAt");

        assertThat(api.post("/api/v1/people", "{not json").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/people?size=5000").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/people?sort=shoeSize").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/people/abc").status()).isEqualTo(400);
    }

    @Test
    void unknownIdsAre404AndStaleEditsAre409() {
        assertThat(api.get("/api/v1/people/999999").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/openings/999999").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/candidacies/999999/outcome", map("placed", true))
                        .status())
                .isEqualTo(404);

        long id = created(api.post("/api/v1/people", map("fullName", "Eve Adams")));
        Response first = api.put("/api/v1/people/" + id, map("version", 0, "person", map("fullName", "Eve Adams-Lee")));
        assertThat(first.status()).isEqualTo(200);
        Response stale = api.put("/api/v1/people/" + id, map("version", 0, "person", map("fullName", "Eve A.")));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("detail").asString()).contains("changed by someone else");
    }

    @Test
    void anEndedCandidacyRefusesMoreMovesWith409() {
        long person = created(api.post("/api/v1/people", map("fullName", "Finn Cole")));
        long company = created(api.post("/api/v1/companies", map("name", "Initech")));
        long opening = created(api.post("/api/v1/openings", map("companyId", company, "title", "SDR")));
        long candidacy = created(api.post("/api/v1/candidacies", map("personId", person, "openingId", opening)));
        assertThat(api.post("/api/v1/candidacies", map("personId", person, "openingId", opening))
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/v1/candidacies/" + candidacy + "/outcome",
                                map("side", "WE_PASSED", "reason", "HAPPY_WHERE_I_AM"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/candidacies/" + candidacy + "/outcome", map("side", "NO_RESPONSE"))
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/candidacies/" + candidacy + "/stage", map("stage", "INTERVIEWING"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aCompanySaysNotNowWithItsOwnRevisitDate() {
        long company = created(api.post("/api/v1/companies", map("name", "Frozen Corp")));
        Response bad = api.post(
                "/api/v1/companies/" + company + "/not-now", map("reason", "HIRING_FREEZE", "until", "2020-01-01"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().at("/errors/0/field").asString()).isEqualTo("until");

        Response frozen = api.post(
                "/api/v1/companies/" + company + "/not-now",
                map("reason", "HIRING_FREEZE", "note", "Budget review in Q2", "until", "2027-04-01"));
        assertThat(frozen.status()).isEqualTo(200);
        assertThat(frozen.body().at("/notNow/reason").asString()).isEqualTo("HIRING_FREEZE");
        assertThat(frozen.body().at("/notNow/until").asString()).isEqualTo("2027-04-01");

        Response resumed =
                api.call(org.springframework.http.HttpMethod.DELETE, "/api/v1/companies/" + company + "/not-now", null);
        assertThat(resumed.body().get("notNow").isNull()).isTrue();
    }

    @Test
    void onlyAdminsDefineCadencesAndBulkEnrollmentSaysWhyForEachPerson() {
        Response created = api.post(
                "/api/v1/cadences",
                map(
                        "name",
                        "API cadence " + java.util.UUID.randomUUID(),
                        "steps",
                        List.of(
                                map("channel", "EMAIL", "waitDays", 0, "script", "Hi"),
                                map("channel", "CALL", "waitDays", 2))));
        assertThat(created.status()).isEqualTo(201);

        var recruiter = users.create(
                new Users.NewUser(
                        "api" + java.util.UUID.randomUUID().toString().substring(0, 6),
                        "Api Recruiter",
                        null,
                        io.rekindle.platform.Role.RECRUITER,
                        java.time.ZoneId.of("UTC")),
                "temporary-pw-1");
        var asRecruiter =
                new ApiClient(port, tokens.issue(recruiter.id(), "recruiter").token());
        Response forbidden = asRecruiter.post(
                "/api/v1/cadences", map("name", "Nope", "steps", List.of(map("channel", "CALL", "waitDays", 0))));
        assertThat(forbidden.status()).isEqualTo(403);

        long person = created(api.post("/api/v1/people", map("fullName", "Bulk Enrolled")));
        Response results = asRecruiter.post(
                "/api/v1/cadences/" + created.id() + "/enrollments",
                map("personIds", List.of(person, person, 987654321L)));
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body().findValuesAsString("result"))
                .containsExactly(
                        "enrolled",
                        "Bulk Enrolled is already in a cadence; stop it first",
                        "personId: is not a known person");
    }

    @Test
    void callersNeedALiveApiToken() {
        assertThat(new ApiClient(port, null).get("/api/v1/people").status()).isEqualTo(401);
        assertThat(new ApiClient(port, "rk_made_up").get("/api/v1/people").status())
                .isEqualTo(401);

        var admin = users.all().stream()
                .filter(u -> u.username().equals("admin"))
                .findFirst()
                .orElseThrow()
                .id();
        var issued = tokens.issue(admin, "short-lived");
        var client = new ApiClient(port, issued.token());
        assertThat(client.get("/api/v1/people").status()).isEqualTo(200);
        tokens.revoke(admin, issued.summary().id());
        assertThat(client.get("/api/v1/people").status()).isEqualTo(401);
    }

    @Test
    void publishesOpenApi() {
        Response docs = new ApiClient(port, null).get("/v3/api-docs/v1");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/people")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/candidacies/{id}/outcome"))
                .isTrue();
    }

    private static long created(Response response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(201);
        return response.id();
    }
}
