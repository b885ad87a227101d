package io.rekindle.people;

import static io.rekindle.support.ApiClient.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.platform.ApiTokens;
import io.rekindle.platform.Users;
import io.rekindle.support.ApiClient;
import io.rekindle.support.ApiClient.Response;
import io.rekindle.support.TestClockConfiguration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The API refuses a likely duplicate with 409 and the candidates, keeps both when asked, merges and undoes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class DuplicateApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    ApiClient api;
    String tag;

    @BeforeEach
    void signIn() {
        var admin = users.all().stream()
                .filter(u -> u.username().equals("admin"))
                .findFirst()
                .orElseThrow()
                .id();
        api = new ApiClient(port, tokens.issue(admin, "duplicates test").token());
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aLikelyDuplicateGets409WithTheCandidatesUnlessBothAreKept() {
        long ann = api.post("/api/v1/people", person("Ann Rivera", "ann." + tag + "@gmail.com"))
                .id();

        Response refused = api.post("/api/v1/people", person("Ann Rivera", "A.nn." + tag + "+cv@gmail.com"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
        assertThat(refused.body().get("title").asString()).isEqualTo("Likely duplicate");
        assertThat(refused.body().at("/candidates/0/id").asLong()).isEqualTo(ann);
        assertThat(refused.body().at("/candidates/0/reasons/0").asString())
                .isEqualTo("same email a.nn." + tag + "+cv@gmail.com");

        assertThat(api.post("/api/v1/people", person("Nameless", "not-an-email"))
                        .status())
                .as("bad input is a 400, not a 409")
                .isEqualTo(400);
        assertThat(api.post("/api/v1/people?allowDuplicate=true", person("Ann Rivera", "ann." + tag + "@gmail.com"))
                        .status())
                .isEqualTo(201);
        var inBody = person("Ann Rivera", "ann." + tag + "@gmail.com");
        inBody.put("allowDuplicate", true);
        assertThat(api.post("/api/v1/people", inBody).status()).isEqualTo(201);
    }

    @Test
    void mergeAndUndoThroughTheApi() {
        long kept = api.post("/api/v1/people", person("Bo Chen", "bo." + tag + "@example.com"))
                .id();
        long other = api.post("/api/v1/people?allowDuplicate=true", person("Bo Chen", "bo." + tag + "@example.com"))
                .id();
        assertThat(api.get("/api/v1/people/" + kept + "/duplicates")
                        .body()
                        .at("/0/id")
                        .asLong())
                .isEqualTo(other);

        Response merge = api.post("/api/v1/people/" + kept + "/merge", map("merged", other));
        assertThat(merge.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/people?email=bo." + tag + "@example.com")
                        .body()
                        .at("/totalItems")
                        .asLong())
                .as("the tombstone is hidden from lists")
                .isEqualTo(1);
        assertThat(api.post("/api/v1/people/" + kept + "/merge", map("merged", other))
                        .status())
                .isEqualTo(409);

        Response undone = api.post("/api/v1/merges/" + merge.id() + "/undo", null);
        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.body().get("undoneAt").isNull()).isFalse();
        assertThat(api.get("/api/v1/people?email=bo." + tag + "@example.com")
                        .body()
                        .at("/totalItems")
                        .asLong())
                .isEqualTo(2);
        assertThat(api.post("/api/v1/merges/" + merge.id() + "/undo", null).status())
                .isEqualTo(409);
    }

    private java.util.Map<String, Object> person(String name, String email) {
        return new java.util.HashMap<>(map("fullName", name, "emails", List.of(email)));
    }
}
