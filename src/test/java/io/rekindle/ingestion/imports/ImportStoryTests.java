package io.rekindle.ingestion.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.rekindle.ingestion.ImportId;
import io.rekindle.ingestion.ImportKind;
import io.rekindle.ingestion.ImportProgress;
import io.rekindle.ingestion.ImportStatus;
import io.rekindle.ingestion.Imports;
import io.rekindle.ingestion.RejectedRow;
import io.rekindle.openings.Companies;
import io.rekindle.people.Duplicates;
import io.rekindle.people.People;
import io.rekindle.people.PersonDetails;
import io.rekindle.platform.ApiTokens;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.Role;
import io.rekindle.platform.Users;
import io.rekindle.search.PeopleSearch;
import io.rekindle.search.SearchHit;
import io.rekindle.search.SearchRequest;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Imports as a recruiter lives them: exports from several tools, duplicates merged, bad rows reported, a crash. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class ImportStoryTests {

    @Autowired
    Imports imports;

    @Autowired
    ImportFiles files;

    @Autowired
    ImportRunner runner;

    @Autowired
    ImportStore store;

    @Autowired
    People people;

    @Autowired
    Duplicates duplicates;

    @Autowired
    Companies companies;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PeopleSearch search;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    MockHttpSession session;
    String token;

    @BeforeEach
    void signIn() {
        String username = "i" + UUID.randomUUID().toString().substring(0, 8);
        var user = users.create(
                new Users.NewUser(username, "Importer", null, Role.RECRUITER, ZoneId.of("UTC")), "temporary-pw-1");
        users.changePassword(user.id(), "temporary-pw-1", "a-good-password");
        token = tokens.issue(user.id(), "test").token();
        session = (MockHttpSession) mvc.post()
                .uri("/login")
                .with(csrf())
                .param("username", username)
                .param("password", "a-good-password")
                .exchange()
                .getRequest()
                .getSession(false);
    }

    ImportProgress importNow(ImportKind kind, String name, byte[] bytes) {
        ImportId id = imports.start(kind, name, bytes, List.of());
        files.run(id);
        return imports.progress(id);
    }

    List<PersonDetails> withEmail(String email) {
        return duplicates.likelyDuplicatesOf(TestData.contact(List.of(email), List.of())).stream()
                .map(c -> people.get(c.person()))
                .toList();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theSamePeopleFromLinkedInGoogleOutlookAndVcardsAreKeptOnceWithEverythingTheyBrought() {
        var linkedIn = importNow(
                ImportKind.PEOPLE, "Connections.csv", ImportFileReadingTests.resource("linkedin-connections.csv"));
        assertThat(linkedIn.status()).isEqualTo(ImportStatus.DONE);
        assertThat(linkedIn.total()).isEqualTo(11);
        assertThat(linkedIn.created()).isEqualTo(10);
        assertThat(linkedIn.skipped()).isEqualTo(1); // the row with nothing but a date
        assertThat(linkedIn.rejected()).isZero();

        var google =
                importNow(ImportKind.PEOPLE, "contacts.csv", ImportFileReadingTests.resource("google-contacts.csv"));
        assertThat(google.merged()).isGreaterThanOrEqualTo(2); // Ada and Hana (mixed-case e-mail)
        var outlook =
                importNow(ImportKind.PEOPLE, "outlook.csv", ImportFileReadingTests.resource("outlook-contacts.csv"));
        assertThat(outlook.encoding()).isEqualTo("windows-1252");
        assertThat(outlook.merged()).isGreaterThanOrEqualTo(2); // Ada, and DANA in upper case
        var vcards = importNow(ImportKind.PEOPLE, "contacts.vcf", ImportFileReadingTests.resource("contacts-v4.vcf"));
        assertThat(vcards.format()).isEqualTo("vCard");
        assertThat(vcards.merged()).isGreaterThanOrEqualTo(2); // Ada (upper case) and José

        var ada = withEmail("ada.testperson@example.com");
        assertThat(ada).hasSize(1);
        assertThat(ada.get(0).emails()).contains("ada.testperson@example.com", "ada.t@example.net");
        assertThat(ada.get(0).currentEmployer()).isEqualTo("Example Analytics");
        assertThat(ada.get(0).phones()).isNotEmpty();
        assertThat(withEmail("dana.exampleford@example.com")).hasSize(1);
        var jose = withEmail("jose.muller@example.org");
        assertThat(jose).singleElement().satisfies(p -> assertThat(p.fullName()).isEqualTo("José Müller"));
    }

    @Test
    void whatARowAddsToSomeoneAlreadyKeptCanBeSearchedFor() {
        String u = unique();
        var kept = people.create(TestData.person("Wren Kept" + u, "wren." + u + "@example.com"));
        String skill = "Zyxskill" + u;
        String csv = "Name,E-mail,Skills\nWren Kept" + u + ",WREN." + u + "@example.com," + skill + "\n";

        var report = importNow(ImportKind.PEOPLE, "more.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.merged()).isEqualTo(1);
        assertThat(people.get(kept.id()).skills()).contains(skill);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        search.search(SearchRequest.query("skills:" + skill), 0, 10)
                                .items())
                .extracting(SearchHit::id)
                .containsExactly(kept.id()));
    }

    @Test
    void rowsOfOneFileThatAreTheSameHumanBecomeOnePersonByTheSameRulesAsPeopleKept() {
        String u = unique();
        var random = new java.util.Random();
        String phone = "312" + (200 + random.nextInt(700)) + (1000 + random.nextInt(9000));
        String csv = "Name,Email,Phone,Company,City\n"
                + "Quinn Harlow" + u + ",quinn.harlow." + u + "@gmail.com,+1 " + phone + ",Globex,Chicago\n"
                + "Quin Harlow" + u + ",q." + u + "@globex.example,(" + phone.substring(0, 3) + ") "
                + phone.substring(3, 6) + "-" + phone.substring(6) + ",Globex Inc.,\n"
                + "Quinn Harlow" + u + ",QuinnHarlow." + u + "+jobs@gmail.com,,,\n";

        var report = importNow(ImportKind.PEOPLE, "same-human.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.merged()).isEqualTo(2); // the same phone, name and employer; the same Gmail mailbox
        assertThat(withEmail("q." + u + "@globex.example")).singleElement().satisfies(quinn -> assertThat(
                        quinn.emails())
                .containsExactly(
                        "quinn.harlow." + u + "@gmail.com",
                        "q." + u + "@globex.example",
                        "quinnharlow." + u + "+jobs@gmail.com"));
    }

    @Test
    void brokenQuotingWrongColumnsAndInvalidValuesAreRejectedByLineAndTheRestIsImported() {
        String u = unique();
        String csv = "Name,Email,Company\n"
                + "Ann One," + u + "ann@example.com,Acme\n"
                + "Bob \"Two," + u + "bob@example.com,\"Acme\"x\n"
                + "Cy Three," + u + "cy@example.com\n"
                + "Di Four,not-an-email,Acme\n"
                + "Ed Five," + u + "ed@example.com,\"Two\nlines\"\n"
                + "Fay Six," + u + "ann@example.com,Acme\n";

        var report = importNow(ImportKind.PEOPLE, "broken.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.merged()).isEqualTo(1); // Fay has Ann's e-mail
        assertThat(report.rejectedRows()).extracting(RejectedRow::line).containsExactly(3L, 4L, 5L);
        assertThat(report.rejectedRows().get(0).reason()).startsWith("broken quoting");
        assertThat(report.rejectedRows().get(1).reason()).contains("2 values", "3 columns");
        assertThat(report.rejectedRows().get(2).reason()).contains("not-an-email");
        assertThat(withEmail(u + "bob@example.com")).isEmpty();
        assertThat(withEmail(u + "ed@example.com")).hasSize(1);
    }

    @Test
    void anImportInterruptedByACrashResumesWhereItStoppedAndCreatesNobodyTwice() {
        String u = unique();
        var csv = new StringBuilder("First Name,Last Name,E-mail\n");
        for (int i = 0; i < 25; i++) {
            csv.append("Person,Number")
                    .append(i)
                    .append(',')
                    .append(u)
                    .append(i)
                    .append("@example.com\n");
        }
        ImportId id =
                imports.start(ImportKind.PEOPLE, "crash.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null);
        var job = store.job(id).orElseThrow();
        store.started(id, java.time.Instant.now());
        runner.runChunk(job, 10); // the server stops here: 10 rows done, the job still says running

        assertThat(imports.progress(id).status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(imports.progress(id).created()).isEqualTo(10);

        files.runPending(); // after the restart the background job picks it up again
        files.runPending(); // and a second run changes nothing

        var report = imports.progress(id);
        assertThat(report.status()).isEqualTo(ImportStatus.DONE);
        assertThat(report.created()).isEqualTo(25);
        assertThat(store.recordIds(id)).doesNotHaveDuplicates().hasSize(25);
        for (int i = 0; i < 25; i++) {
            assertThat(withEmail(u + i + "@example.com")).as("person %d", i).hasSize(1);
        }
    }

    @Test
    void aRunThatWasTakenForDeadButGoesOnGivesUpAndNobodyIsCreatedTwice() {
        String phone = "+1 312 " + (200 + (int) (Math.random() * 700)) + " ";
        String u = unique();
        var csv = new StringBuilder("First Name,Last Name,Mobile Phone\n");
        for (int i = 0; i < 10; i++) {
            csv.append("Twice")
                    .append(u)
                    .append(",Number")
                    .append(i)
                    .append(',')
                    .append(phone)
                    .append(1000 + i);
            csv.append('\n');
        }
        ImportId id =
                imports.start(ImportKind.PEOPLE, "twice.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null);
        var job = store.job(id).orElseThrow();
        var rowsTheSlowRunHolds = store.pending(id, 0, 10);

        runner.runChunk(job, 10); // the run that took over records the rows first

        assertThatThrownBy(() -> runner.runRows(job, rowsTheSlowRunHolds)).isInstanceOf(ImportTakenOver.class);
        assertThat(imports.progress(id).created()).isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            var sameNumber = duplicates.likelyDuplicatesOf(TestData.contact(List.of(), List.of(phone + (1000 + i))));
            assertThat(sameNumber).as("people with phone %d", i).hasSize(1);
        }
    }

    @Test
    void companiesAndTouchesComeInTooTouchesFoundByTheirPersonsEmail() {
        String u = unique();
        var c = importNow(
                ImportKind.COMPANIES,
                "companies.csv",
                ("Company,Website,Industry,City,Country\nInitech " + u + ",initech.example,Software,Austin,United"
                                + " States\n,,,Austin,\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(c.created()).isEqualTo(1);
        assertThat(c.skipped()).isEqualTo(1);
        assertThat(companies.find("Initech " + u, org.springframework.data.domain.Pageable.unpaged()))
                .singleElement()
                .satisfies(x -> assertThat(x.country()).isEqualTo("US"));

        importNow(
                ImportKind.PEOPLE,
                "p.csv",
                ("Name,Email\nTia Touch," + u + "tia@example.com\n").getBytes(StandardCharsets.UTF_8));
        var t = importNow(
                ImportKind.TOUCHES,
                "touches.csv",
                ("Email,Channel,Direction,Summary,Date\n"
                                + u + "tia@example.com,call,outbound,Talked about Q3,2026-01-15\n"
                                + "nobody" + u + "@example.com,email,outbound,Hello,2026-01-16\n"
                                + u + "tia@example.com,pigeon,outbound,Coo,2026-01-17\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(t.created()).as(t.rejectedRows().toString()).isEqualTo(1);
        assertThat(t.rejectedRows()).extracting(RejectedRow::line).containsExactly(3L, 4L);
        assertThat(t.rejectedRows().get(0).reason()).contains("no person with the e-mail");
        assertThat(t.rejectedRows().get(1).reason()).contains("pigeon");
    }

    @Test
    void badFilesAndMappingsAreRefusedWithAClearMessageAndNothingKept() {
        int before = files.recent(1000).size();
        assertThatThrownBy(() -> imports.start(ImportKind.PEOPLE, "x.csv", new byte[0], null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> imports.start(
                        ImportKind.PEOPLE, "x.csv", "Company,Website\nAcme,x\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name column");
        assertThatThrownBy(() -> imports.start(
                        ImportKind.PEOPLE,
                        "x.csv",
                        "Name,Email\nA,b@example.com\n".getBytes(StandardCharsets.UTF_8),
                        List.of("FULL_NAME")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the file has 2 columns");
        assertThat(files.recent(1000)).hasSize(before);
    }

    @Test
    void theApiStartsAnImportAndReportsItsProgressAndAnswersBadInputWithAProblem() throws Exception {
        String u = unique();
        var file = new MockMultipartFile(
                "file",
                "people.csv",
                "text/csv",
                ("Full Name,Work Email\nUma Api," + u + "uma@example.com\n").getBytes(StandardCharsets.UTF_8));
        var started = mvc.post()
                .uri("/api/v1/imports")
                .multipart()
                .file(file)
                .param("mapping", "FULL_NAME,EMAIL")
                .header("Authorization", "Bearer " + token)
                .exchange();
        assertThat(started).hasStatus(202);
        assertThat(started).bodyJson().extractingPath("$.status").isEqualTo("QUEUED");
        long id = ((Number)
                        com.jayway.jsonpath.JsonPath.read(started.getResponse().getContentAsString(), "$.id"))
                .longValue();
        files.run(new ImportId(id));
        var progress = mvc.get()
                .uri("/api/v1/imports/" + id)
                .header("Authorization", "Bearer " + token)
                .exchange();
        assertThat(progress).hasStatusOk();
        assertThat(progress).bodyJson().extractingPath("$.created").isEqualTo(1);
        assertThat(withEmail(u + "uma@example.com")).hasSize(1);

        var bad = mvc.post()
                .uri("/api/v1/imports")
                .multipart()
                .file(new MockMultipartFile("file", "x.csv", "text/csv", "Name,Email\nA,b\n".getBytes()))
                .param("mapping", "FULL_NAME,PIGEON")
                .header("Authorization", "Bearer " + token)
                .exchange();
        assertThat(bad).hasStatus(400);
        assertThat(bad.getResponse().getContentType()).contains("problem");
        assertThat(bad).bodyJson().extractingPath("$.errors[0].field").isEqualTo("mapping[1]");
    }

    @Test
    void thePagesUploadPreviewMapAndShowTheProgressThenTheReport() throws Exception {
        String u = unique();
        var file = new MockMultipartFile(
                "file",
                "Connections.csv",
                "text/csv",
                ("Notes:\n\"Some note\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                                + "Vera,Page,https://x.example," + u + "vera@example.com,Acme,CTO,14 Mar 2024\n"
                                + "Bad,\"Quote,x,y,z\n")
                        .getBytes(StandardCharsets.UTF_8));
        var uploaded = mvc.post()
                .uri("/imports")
                .multipart()
                .file(file)
                .param("kind", "PEOPLE")
                .with(csrf())
                .session(session)
                .exchange();
        assertThat(uploaded).hasStatus3xxRedirection();
        String location = uploaded.getResponse().getRedirectedUrl();
        assertThat(location).matches("/imports/\\d+");

        var preview = mvc.get().uri(location).session(session).exchange();
        assertThat(preview).hasStatusOk();
        assertThat(preview)
                .bodyText()
                .contains(
                        "LinkedIn connections",
                        "Vera",
                        u + "vera@example.com",
                        "<option value=\"FIRST_NAME\" selected");

        var confirmed = mvc.post()
                .uri(location + "/mapping")
                .with(csrf())
                .session(session)
                .param("field", "FIRST_NAME", "LAST_NAME", "IGNORE", "EMAIL", "EMPLOYER", "TITLE", "IGNORE")
                .exchange();
        assertThat(confirmed).hasStatus3xxRedirection();
        var running = mvc.get()
                .uri(location + "/progress")
                .header("HX-Request", "true")
                .session(session)
                .exchange();
        assertThat(running).bodyText().contains("hx-trigger=\"every 1s\"", "<progress");

        files.runPending();

        var done = mvc.get()
                .uri(location + "/progress")
                .header("HX-Request", "true")
                .session(session)
                .exchange();
        assertThat(done).bodyText().doesNotContain("hx-trigger").contains("id=\"created\">1<", "broken quoting");
        assertThat(mvc.get().uri("/imports").session(session).exchange())
                .bodyText()
                .contains("Connections.csv");
        assertThat(withEmail(u + "vera@example.com")).singleElement().satisfies(p -> assertThat(p.currentTitle())
                .isEqualTo("CTO"));
    }
}
