package io.rekindle.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.rekindle.people.People;
import io.rekindle.people.Resumes;
import io.rekindle.platform.Role;
import io.rekindle.platform.Users;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A zip of resumes and loose files read in the background: the report says what became of each file. */
@SpringBootTest(properties = {"rekindle.resumes.max-size=2MB", "rekindle.resumes.parse-timeout=10s"})
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class ResumeBatchTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Users users;

    @Autowired
    People people;

    @Autowired
    Resumes resumes;

    @Autowired
    ResumeBatches batches;

    @Autowired
    io.rekindle.platform.ApiTokens tokens;

    @Test
    void aZipOfResumesIsReadInTheBackgroundAndEveryFileGetsAnOutcome() throws IOException {
        MockHttpSession session = signIn();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String known = "kept." + tag + "@example.com";
        people.create(TestData.person("Kept Already", known));
        byte[] zip = zip(
                "batch/ann.pdf", ResumeFiles.pdf(withEmail(ResumeFiles.ANN, "ann." + tag + "@example.com")),
                "batch/kept.txt", ResumeFiles.text(withEmail(ResumeFiles.ANN, known)),
                "batch/scan.pdf", ResumeFiles.scannedPdf(),
                "__MACOSX/batch/._ann.pdf", new byte[] {1, 2, 3});
        byte[] loose = ResumeFiles.text(List.of(
                "Bruno Costa",
                "bruno." + tag + "@example.com",
                "Austin, TX",
                "Experience",
                "Java Developer, Initech LLC",
                "2019 - Present",
                "Skills",
                "Java, Spring, SQL"));

        var started = mvc.post()
                .uri("/resumes/batches")
                .session(session)
                .with(csrf())
                .multipart()
                .file(new MockMultipartFile("files", "resumes.zip", "application/zip", zip))
                .file(new MockMultipartFile("files", "bruno.txt", "text/plain", loose))
                .exchange();
        assertThat(started).hasStatus3xxRedirection();
        String page = started.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(page).session(session))
                .hasStatusOk()
                .bodyText()
                .contains("0 of 4 files read", "every 2s");

        batches.processPending(100);

        var report = mvc.get()
                .uri(page)
                .session(session)
                .header("HX-Request", "true")
                .exchange();
        assertThat(report)
                .hasStatusOk()
                .bodyText()
                .contains("4 of 4 files read", "2 created", "1 to review", "1 rejected")
                .contains("resumes.zip/batch/scan.pdf", "scanned image", "Possible duplicate of Kept Already")
                .doesNotContain("every 2s", "<html");
        BatchView view = batches.view(Long.parseLong(page.substring(page.lastIndexOf('/') + 1)));
        var created = view.items().stream()
                .filter(i -> i.status() == BatchItemStatus.CREATED)
                .toList();
        assertThat(created)
                .extracting(BatchView.Item::fileName)
                .containsExactly("resumes.zip/batch/ann.pdf", "bruno.txt");
        assertThat(resumes.of(new io.rekindle.people.PersonId(created.get(0).person())))
                .singleElement()
                .satisfies(r -> assertThat(r.fileName()).isEqualTo("ann.pdf"));

        // running again creates nobody twice
        assertThat(batches.processPending(100)).isZero();
    }

    @Test
    void aFileLeftForReviewShowsAsDoneInTheReportOnceTheRecruiterDecides() throws IOException {
        MockHttpSession session = signIn();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String known = "kept." + tag + "@example.com";
        var kept = people.create(TestData.person("Kept Twice", known));
        var started = mvc.post()
                .uri("/resumes/batches")
                .session(session)
                .with(csrf())
                .multipart()
                .file(new MockMultipartFile(
                        "files", "same.txt", "text/plain", ResumeFiles.text(withEmail(ResumeFiles.ANN, known))))
                .file(new MockMultipartFile(
                        "files", "other.txt", "text/plain", ResumeFiles.text(withEmail(ResumeFiles.ANN, known))))
                .exchange();
        String page = started.getResponse().getRedirectedUrl();
        batches.processPending(100);
        BatchView before = batches.view(Long.parseLong(page.substring(page.lastIndexOf('/') + 1)));
        assertThat(before.items()).extracting(BatchView.Item::status).containsOnly(BatchItemStatus.REVIEW);
        BatchView.Item same = before.items().get(0);
        BatchView.Item other = before.items().get(1);

        assertThat(mvc.get().uri(page + "/items/" + same.id()).session(session))
                .hasStatusOk()
                .bodyText()
                .contains("This may be someone you already have", "Kept Twice");
        assertThat(mvc.post()
                        .uri("/resumes/attach")
                        .session(session)
                        .with(csrf())
                        .param("token", same.stagedToken())
                        .param("fileName", "same.txt")
                        .param("person", String.valueOf(kept.id().value())))
                .hasRedirectedUrl("/people/" + kept.id().value());

        assertThat(mvc.get().uri(page + "/items/" + other.id()).session(session))
                .hasStatusOk();
        var saved = mvc.post()
                .uri("/resumes/confirm")
                .session(session)
                .with(csrf())
                .param("token", other.stagedToken())
                .param("fileName", "other.txt")
                .param("fullName", "Nora Castellano-Reyes")
                .param("emails", "nora.reyes." + tag + "@example.com")
                .param("source", "resume")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        String newPerson = saved.getResponse().getRedirectedUrl();

        var report = mvc.get().uri(page).session(session).exchange();
        assertThat(report)
                .hasStatusOk()
                .bodyText()
                .contains("1 created", "0 to review", "1 added to someone already kept")
                .contains("href=\"/people/" + kept.id().value() + "\">merged</a>")
                .contains("href=\"" + newPerson + "\">created</a>")
                .doesNotContain("Possible duplicate of Kept Twice", "/items/");
        assertThat(resumes.of(kept.id())).singleElement().satisfies(r -> assertThat(r.fileName())
                .isEqualTo("same.txt"));
    }

    @Test
    void theApiTakesABatchAndReportsOnIt() {
        String token =
                "Bearer " + tokens.issue(users.all().get(0).id(), "batch").token();
        var started = mvc.post()
                .uri("/api/v1/resume-batches")
                .header(org.springframework.http.HttpHeaders.AUTHORIZATION, token)
                .multipart()
                .file(new MockMultipartFile("files", "scan.pdf", "application/pdf", ResumeFiles.scannedPdf()))
                .file(new MockMultipartFile("files", "empty.txt", "text/plain", new byte[0]))
                .exchange();
        assertThat(started).hasStatus(202);
        assertThat(started).bodyJson().extractingPath("$.total").isEqualTo(2);
        assertThat(started).bodyJson().extractingPath("$.rejected").isEqualTo(1);

        batches.processPending(100);

        var report = mvc.get()
                .uri(started.getResponse().getHeader("Location"))
                .header(org.springframework.http.HttpHeaders.AUTHORIZATION, token)
                .exchange();
        assertThat(report).bodyJson().extractingPath("$.finished").isEqualTo(true);
        assertThat(report).bodyJson().extractingPath("$.rejected").isEqualTo(2);
        assertThat(report)
                .bodyJson()
                .extractingPath("$.items[0].reason")
                .asString()
                .contains("scanned image");
    }

    /** Ann's resume with another e-mail, and a name and phone no other test uses, so only the e-mail can match. */
    private static List<String> withEmail(List<String> lines, String email) {
        String phone = String.format("(312) 847-%04d", Math.abs(email.hashCode()) % 10_000);
        return lines.stream()
                .map(l -> l.replace("ann.whitaker@example.com", email)
                        .replace("(312) 847-2291", phone)
                        .replace("Ann Whitaker", "Nora Castellano"))
                .toList();
    }

    private static byte[] zip(Object... nameThenContent) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameThenContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) nameThenContent[i]));
                zip.write((byte[]) nameThenContent[i + 1]);
            }
        }
        return bytes.toByteArray();
    }

    private MockHttpSession signIn() {
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        var user = users.create(
                new Users.NewUser(username, "Recruiter", null, Role.RECRUITER, ZoneId.of("America/Chicago")),
                "temporary-pw-1");
        users.changePassword(user.id(), "temporary-pw-1", "a-good-password");
        return (MockHttpSession) mvc.post()
                .uri("/login")
                .with(csrf())
                .param("username", username)
                .param("password", "a-good-password")
                .exchange()
                .getRequest()
                .getSession(false);
    }
}
