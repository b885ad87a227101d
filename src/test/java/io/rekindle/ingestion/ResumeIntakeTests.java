package io.rekindle.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.rekindle.people.People;
import io.rekindle.people.PersonFilter;
import io.rekindle.people.PersonId;
import io.rekindle.people.Resumes;
import io.rekindle.platform.ApiTokens;
import io.rekindle.platform.Role;
import io.rekindle.platform.Users;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Resumes as a recruiter sends them: on a person's page, as a new person after review, by API; and bad files. */
@SpringBootTest(properties = {"rekindle.resumes.max-size=2MB", "rekindle.resumes.parse-timeout=10s"})
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class ResumeIntakeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    People people;

    @Autowired
    Resumes resumes;

    @Autowired
    io.rekindle.people.Duplicates duplicates;

    MockHttpSession session;
    String bearer;
    io.rekindle.platform.UserId recruiter;

    @BeforeEach
    void signIn() {
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        var user = users.create(
                new Users.NewUser(username, "Recruiter", null, Role.RECRUITER, ZoneId.of("America/Chicago")),
                "temporary-pw-1");
        users.changePassword(user.id(), "temporary-pw-1", "a-good-password");
        bearer = "Bearer " + tokens.issue(user.id(), "test").token();
        recruiter = user.id();
        session = (MockHttpSession) mvc.post()
                .uri("/login")
                .with(csrf())
                .param("username", username)
                .param("password", "a-good-password")
                .exchange()
                .getRequest()
                .getSession(false);
    }

    @Test
    void theApiReadsAResumeAndSavesNothing() {
        long before = people.find(new PersonFilter(null, null, null, null, null), Pageable.unpaged())
                .getTotalElements();

        MvcTestResult result = mvc.post()
                .uri("/api/v1/resumes")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .multipart()
                .file(new MockMultipartFile("file", "ann.pdf", "application/pdf", ResumeFiles.pdf(ResumeFiles.ANN)))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.fields.fullName").isEqualTo("Ann Whitaker");
        assertThat(result).bodyJson().extractingPath("$.format").isEqualTo("PDF");
        assertThat(result).bodyJson().extractingPath("$.fields.emails[0]").isEqualTo("ann.whitaker@example.com");
        assertThat(result).bodyJson().extractingPath("$.fields.phones[0]").isEqualTo("+13128472291");
        assertThat(result).bodyJson().extractingPath("$.fields.location.city").isEqualTo("Chicago");
        assertThat(result).bodyJson().extractingPath("$.fields.currentTitle").isEqualTo("Account Executive");
        assertThat(result).bodyJson().extractingPath("$.fields.currentEmployer").isEqualTo("Globex Inc.");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.fields.positions[1].from")
                .isEqualTo("2018-01");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.fields.skills")
                .asArray()
                .contains("Salesforce", "HubSpot");
        assertThat(people.find(new PersonFilter(null, null, null, null, null), Pageable.unpaged())
                        .getTotalElements())
                .isEqualTo(before);
    }

    @Test
    void aNewerResumeBecomesANewVersionAndBothCanBeDownloaded() throws Exception {
        PersonId ann = people.create(TestData.person("Ann Whitaker " + UUID.randomUUID(), null))
                .id();
        byte[] first = ResumeFiles.text(ResumeFiles.ANN);
        byte[] second = ResumeFiles.pdf(ResumeFiles.ANN);

        assertThat(mvc.post()
                        .uri("/people/{id}/resumes", ann.value())
                        .session(session)
                        .with(csrf())
                        .multipart()
                        .file(new MockMultipartFile("file", "ann.txt", "text/plain", first)))
                .hasStatus3xxRedirection();
        MvcTestResult api = mvc.post()
                .uri("/api/v1/people/{id}/resumes", ann.value())
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .multipart()
                .file(new MockMultipartFile("file", "ann-2026.pdf", "application/pdf", second))
                .exchange();
        assertThat(api).hasStatus(201);
        assertThat(api).bodyJson().extractingPath("$.version").isEqualTo(2);

        var versions = resumes.of(ann);
        assertThat(versions).extracting(v -> v.fileName()).containsExactly("ann-2026.pdf", "ann.txt");
        assertThat(mvc.get()
                        .uri(
                                "/people/{id}/resumes/{r}",
                                ann.value(),
                                versions.get(1).id().value())
                        .session(session))
                .hasStatusOk()
                .hasHeader("X-Checksum-SHA256", versions.get(1).sha256())
                .body()
                .isEqualTo(first);
        assertThat(mvc.get()
                        .uri(
                                "/api/v1/people/{id}/resumes/{r}",
                                ann.value(),
                                versions.get(0).id().value())
                        .header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatusOk()
                .body()
                .isEqualTo(second);
        assertThat(mvc.get().uri("/people/{id}", ann.value()).session(session))
                .hasStatusOk()
                .bodyText()
                .contains("ann-2026.pdf", "ann.txt", "version 2");
    }

    @Test
    void aNewPersonFromAResumeIsReviewedThenSavedWithTheFile() throws Exception {
        String email = "ann." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        List<String> lines = ResumeFiles.ANN.stream()
                .map(l -> l.replace("ann.whitaker@example.com", email))
                .toList();

        MvcTestResult review = mvc.post()
                .uri("/resumes/new")
                .session(session)
                .with(csrf())
                .multipart()
                .file(new MockMultipartFile("file", "ann.pdf", "application/pdf", ResumeFiles.pdf(lines)))
                .exchange();
        assertThat(review).hasStatusOk().bodyText().contains("Ann Whitaker", email, "Globex Inc.", "2018-01");
        assertThat(review).bodyText().doesNotContain("may be someone you already have");
        String token = tokenOf(review);

        MvcTestResult saved = mvc.post()
                .uri("/resumes/confirm")
                .session(session)
                .with(csrf())
                .param("token", token)
                .param("fileName", "ann.pdf")
                .param("fullName", "Ann Whitaker")
                .param("emails", email)
                .param("phones", "(312) 847-2291")
                .param("currentTitle", "Account Executive")
                .param("city", "Chicago")
                .param("region", "IL")
                .param("country", "US")
                .param("skills", "Salesforce, HubSpot")
                .param("source", "resume")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        var found = people.find(new PersonFilter(null, email, null, null, null), Pageable.unpaged());
        assertThat(found.getTotalElements()).isEqualTo(1);
        PersonId id = found.getContent().get(0).id();
        assertThat(resumes.of(id)).singleElement().satisfies(r -> assertThat(r.fileName())
                .isEqualTo("ann.pdf"));

        // the same resume again: the page says who it may be
        assertThat(mvc.post()
                        .uri("/resumes/new")
                        .session(session)
                        .with(csrf())
                        .multipart()
                        .file(new MockMultipartFile("file", "ann.pdf", "application/pdf", ResumeFiles.pdf(lines))))
                .hasStatusOk()
                .bodyText()
                .contains("may be someone you already have", "same email");
    }

    @Test
    void searchFindsPeopleByWordsOfTheirResumeAndResumesMoveWithAMerge() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        PersonId ann = people.create(TestData.person("Ann Whitaker " + UUID.randomUUID(), null))
                .id();
        List<String> lines = new java.util.ArrayList<>(ResumeFiles.ANN);
        lines.add("Certified in " + word);
        assertThat(mvc.post()
                        .uri("/api/v1/people/{id}/resumes", ann.value())
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .multipart()
                        .file(new MockMultipartFile("file", "ann.txt", "text/plain", ResumeFiles.text(lines))))
                .hasStatus(201);

        await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mvc.get()
                        .uri("/api/v1/search/people")
                        .param("q", word)
                        .header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.totalItems")
                .isEqualTo(1));

        PersonId other = people.create(TestData.person("Ann W " + UUID.randomUUID(), null))
                .id();
        var merge = duplicates.merge(other, ann, recruiter);
        assertThat(resumes.of(ann)).isEmpty();
        assertThat(resumes.of(other)).singleElement().satisfies(r -> assertThat(r.version())
                .isEqualTo(1));
        duplicates.undo(merge.id(), recruiter);
        assertThat(resumes.of(other)).isEmpty();
        assertThat(resumes.of(ann)).singleElement().satisfies(r -> assertThat(r.fileName())
                .isEqualTo("ann.txt"));
    }

    private static String tokenOf(MvcTestResult review) throws java.io.UnsupportedEncodingException {
        String html = review.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var m = java.util.regex.Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"")
                .matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
