package io.rekindle.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.rekindle.people.People;
import io.rekindle.people.PersonId;
import io.rekindle.people.Resumes;
import io.rekindle.platform.ApiTokens;
import io.rekindle.platform.Role;
import io.rekindle.platform.Users;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Files that are not readable resumes get a clear reason, a 4xx problem or a form error, and nothing is saved. */
@SpringBootTest(properties = {"rekindle.resumes.max-size=2MB", "rekindle.resumes.parse-timeout=10s"})
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class BadResumeTests {

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

    MockHttpSession session;
    String bearer;
    PersonId ann;

    @BeforeEach
    void signIn() {
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        var user = users.create(
                new Users.NewUser(username, "Recruiter", null, Role.RECRUITER, ZoneId.of("America/Chicago")),
                "temporary-pw-1");
        users.changePassword(user.id(), "temporary-pw-1", "a-good-password");
        bearer = "Bearer " + tokens.issue(user.id(), "test").token();
        session = (MockHttpSession) mvc.post()
                .uri("/login")
                .with(csrf())
                .param("username", username)
                .param("password", "a-good-password")
                .exchange()
                .getRequest()
                .getSession(false);
        ann = people.create(TestData.person("Ann " + UUID.randomUUID(), null)).id();
    }

    @Test
    void anEncryptedPdfIsRefused() {
        assertRefused("locked.pdf", ResumeFiles.pdf(ResumeFiles.ANN, "secret"), 422, "ENCRYPTED", "password");
    }

    @Test
    void aCorruptPdfIsRefused() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage".getBytes(StandardCharsets.UTF_8);
        assertRefused("broken.pdf", broken, 422, "CORRUPT", "damaged");
    }

    @Test
    void aScannedPdfWithoutTextIsRefusedWithAHint() {
        assertRefused("scan.pdf", ResumeFiles.scannedPdf(), 422, "NO_TEXT", "scanned image");
    }

    @Test
    void anOversizedFileIsRefused() {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        assertRefused("huge.txt", big, 413, "TOO_LARGE", "too large");
    }

    @Test
    void aZipBombIsRefused() {
        assertRefused("bomb.docx", ResumeFiles.zipBombDocx(), 422, "ZIP_BOMB", "zip bomb");
    }

    @Test
    void anUnknownTypeIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertRefused("photo.png", png, 415, "UNSUPPORTED_TYPE", "not a resume format");
    }

    @Test
    void aMissingFileIsABadRequestNamingTheField() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/resumes")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .multipart()
                .param("x", "y")
                .exchange();
        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
    }

    @Test
    void theNewPersonPageShowsTheReasonBesideTheForm() {
        assertThat(mvc.post()
                        .uri("/resumes/new")
                        .session(session)
                        .with(csrf())
                        .multipart()
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", ResumeFiles.scannedPdf())))
                .hasStatusOk()
                .bodyText()
                .contains("scan.pdf", "scanned image");
    }

    private void assertRefused(String fileName, byte[] content, int status, String reason, String words) {
        MvcTestResult parse = mvc.post()
                .uri("/api/v1/resumes")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .multipart()
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .exchange();
        assertThat(parse).hasStatus(status);
        assertThat(parse).bodyJson().extractingPath("$.reason").isEqualTo(reason);
        assertThat(parse).bodyJson().extractingPath("$.detail").asString().containsIgnoringCase(words);
        assertThat(parse).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");

        assertThat(mvc.post()
                        .uri("/api/v1/people/{id}/resumes", ann.value())
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .multipart()
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content)))
                .hasStatus(status);
        assertThat(mvc.post()
                        .uri("/people/{id}/resumes", ann.value())
                        .session(session)
                        .with(csrf())
                        .multipart()
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content)))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("error");
        assertThat(resumes.of(ann)).isEmpty();
    }
}
