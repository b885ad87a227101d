package io.rekindle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.rekindle.openings.Companies;
import io.rekindle.openings.Openings;
import io.rekindle.support.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A recruiter signs in for the first time, keeps a person, adds them to an opening and records their no. */
class FirstStoryBrowserTests extends BrowserTest {

    @Autowired
    Companies companies;

    @Autowired
    Openings openings;

    @Test
    void aNoIsRecordedOnTheBoardAndShowsOnTheTimeline() {
        var acme = companies.create(TestData.company("Acme Corp"));
        openings.create(TestData.opening(acme.id(), "Account Executive"));
        Page page = browser.newPage();

        page.navigate(url("/people"));
        signIn(page, "admin", "admin-password-1");

        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Choose your password");
        field(page, "Current password").fill("admin-password-1");
        field(page, "New password").fill("my-own-password");
        field(page, "Repeat the new password").fill("my-own-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password"))
                .click();
        assertThat(page.locator(".flash.ok")).hasText("Your password is saved.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Today")))
                .isVisible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("People"))
                .click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New person"))
                .click();
        field(page, "Name").fill("Ann Rivera");
        field(page, "Current title").fill("Account Executive");
        field(page, "E-mails").fill("ann.rivera@example.com");
        field(page, "Phones").fill("(312) 555-0142");
        field(page, "City").fill("Chicago");
        field(page, "Country (ISO code)").fill("US");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator(".flash.ok")).hasText("Person saved.");
        assertThat(page.getByText("(312) 555-0142")).isVisible();

        field(page, "Add to opening").selectOption(new SelectOption().setLabel("Account Executive at Acme Corp"));
        page.locator("#pipeline-panel")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add"))
                .click();
        assertThat(page.locator(".flash.ok")).hasText("Added to the pipeline.");

        page.locator("#pipeline-panel")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Account Executive at Acme Corp"))
                .click();
        var card = page.locator("article.cand[data-person='Ann Rivera']");
        assertThat(card).isVisible();
        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Record outcome"))
                .click();
        field(page, "Outcome").selectOption(new SelectOption().setLabel("Candidate declined: happy where I am"));
        field(page, "Note").fill("Just promoted; call again after her bonus in March");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record outcome"))
                .click();
        assertThat(page.locator(".ended")).containsText("Candidate declined: happy where I am");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/board.png"))
                .setFullPage(true));

        page.locator(".ended")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ann Rivera"))
                .click();
        var timeline = page.locator("#timeline");
        assertThat(timeline).containsText("Candidate declined: happy where I am — Account Executive at Acme Corp");
        assertThat(timeline).containsText("Just promoted; call again after her bonus in March");
        assertThat(page.locator("#follow-up-panel")).containsText("May be asked again from");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/person.png"))
                .setFullPage(true));
    }
}
