package io.rekindle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rekindle.ingestion.ResumeIntake;
import io.rekindle.ingestion.imports.ImportFiles;
import io.rekindle.people.People;
import io.rekindle.platform.Role;
import io.rekindle.platform.Users;
import io.rekindle.support.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every resume kept: a person made from a resume, a newer resume on their page, and a CSV import with its report. */
class ResumeAndImportBrowserTests extends BrowserTest {

    private static final Path RESUMES = Path.of("src/test/resources/resumes");
    private static final Path CONTACTS = Path.of("src/test/resources/imports/google-contacts-small.csv");

    @Autowired
    Users users;

    @Autowired
    People people;

    @Autowired
    ResumeIntake intake;

    @Autowired
    ImportFiles imports;

    @Test
    void aResumeBecomesAPersonAfterTheRecruiterCorrectsWhatWasFound() {
        Page page = signedIn("/people");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("From resume"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("New person from resume")))
                .isVisible();
        field(page, "Resume file").setInputFiles(RESUMES.resolve("written-00-layout0.pdf"));
        button(page, "Read resume").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check what we found")))
                .isVisible();
        assertThat(page.getByText("Found in written-00-layout0.pdf")).isVisible();
        assertThat(field(page, "Name")).hasValue("Victor Patel");
        assertThat(field(page, "E-mails")).hasValue("victor.patel@example.net");
        assertThat(field(page, "Current title")).hasValue("Account Executive");
        assertThat(field(page, "Current employer")).hasValue("Summit Bank");
        assertThat(field(page, "City")).hasValue("Chicago");
        field(page, "Current title").fill("Senior Account Executive");
        button(page, "Save person and resume").click();

        assertThat(page.locator(".flash.ok")).hasText("Person saved with their resume.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Victor Patel")))
                .isVisible();
        assertThat(page.locator(".headline")).containsText("Senior Account Executive");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("victor.patel@example.net")))
                .isVisible();
        Locator resumes = page.locator("#resumes");
        assertThat(resumes.locator("li")).hasCount(1);
        assertThat(resumes.locator("li")).containsText("version 1");
        Download download = page.waitForDownload(
                () -> resumes.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("written-00-layout0.pdf"))
                        .click());
        assertThat(download.suggestedFilename()).isEqualTo("written-00-layout0.pdf");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/person-from-resume.png"))
                .setFullPage(true));
    }

    @Test
    void aNewerResumeBecomesTheNewestVersionAndTheOlderOneStays() throws IOException {
        var rahul = people.create(TestData.person("Rahul Sharma", null));
        intake.attach(
                rahul.id(), "written-01-layout0.docx", Files.readAllBytes(RESUMES.resolve("written-01-layout0.docx")));
        Page page = signedIn("/people/" + rahul.id().value());

        Locator resumes = page.locator("#resumes");
        assertThat(resumes.locator("li")).hasCount(1);
        field(page, "Add a newer resume").setInputFiles(RESUMES.resolve("written-08-layout1.docx"));
        resumes.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload"))
                .click();

        assertThat(page.locator(".flash.ok")).hasText("Resume added as the newest version.");
        assertThat(resumes.locator("li")).hasCount(2);
        assertThat(resumes.locator("li").filter(new Locator.FilterOptions().setHasText("written-08-layout1.docx")))
                .containsText("version 2");
        assertThat(resumes.locator("li").filter(new Locator.FilterOptions().setHasText("written-01-layout0.docx")))
                .containsText("version 1");
        assertThat(resumes.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("written-01-layout0.docx")))
                .isVisible();
    }

    @Test
    void aCsvImportShowsItsMappingAndPreviewThenReportsWhatWasCreatedAndRejected() {
        Page page = signedIn("/today");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Imports"))
                .click();
        field(page, "What the rows are").selectOption("PEOPLE");
        field(page, "File").setInputFiles(CONTACTS);
        button(page, "Upload and preview").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("google-contacts-small.csv")))
                .isVisible();
        assertThat(page.getByText("Looks like Google Contacts")).containsText("4 rows");
        assertThat(chosen(page, "First Name")).hasText("First name");
        assertThat(chosen(page, "Last Name")).hasText("Last name");
        assertThat(chosen(page, "E-mail 1 - Value")).hasText("E-mail");
        assertThat(chosen(page, "Organization Title")).hasText("Title");
        assertThat(chosen(page, "Address 1 - City")).hasText("City");
        Locator preview = page.locator("#preview tbody tr");
        assertThat(preview).hasCount(4);
        assertThat(preview.nth(0)).containsText("ines.vandermolen@example.com");
        assertThat(preview.nth(3)).containsText("has 4 values where the header has 10 columns");

        button(page, "Import").click();
        assertThat(page.locator(".flash.ok")).hasText("The import has started; this page shows its progress.");
        assertThat(page.locator("#progress h2")).hasText("Waiting to start");
        assertThat(page.locator("#progress progress")).isVisible();

        imports.runPending();

        assertThat(page.locator("#progress h2")).hasText("Done");
        assertThat(page.locator("#progress")).containsText("4 of 4 rows done");
        assertThat(page.locator("#created")).hasText("3");
        assertThat(page.locator("#rejected")).hasText("1");
        Locator rejected = page.locator("#rejections tbody tr");
        assertThat(rejected).hasCount(1);
        assertThat(rejected.locator("td").nth(0)).hasText("5");
        assertThat(rejected.locator("td").nth(1)).containsText("has 4 values where the header has 10 columns");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/import-report.png"))
                .setFullPage(true));

        page.navigate(url("/people?name=Vandermolen"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ines Vandermolen")))
                .isVisible();
    }

    /** A recruiter of their own (other browser tests change the admin's password), signed in on {@code path}. */
    private Page signedIn(String path) {
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        var user = users.create(
                new Users.NewUser(username, "Robin Resume", null, Role.RECRUITER, ZoneId.of("UTC")), "temporary-pw-1");
        users.changePassword(user.id(), "temporary-pw-1", "robin-password-1");
        Page page = browser.newPage();
        page.navigate(url(path));
        signIn(page, username, "robin-password-1");
        return page;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    /** The field chosen for a column of the import, as its list shows it. */
    private static Locator chosen(Page page, String column) {
        return field(page, column).locator("option:checked");
    }
}
