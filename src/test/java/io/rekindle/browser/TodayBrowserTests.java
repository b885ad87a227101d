package io.rekindle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rekindle.followups.FollowUps;
import io.rekindle.followups.Touches;
import io.rekindle.people.People;
import io.rekindle.people.PersonData;
import io.rekindle.platform.Role;
import io.rekindle.platform.Users;
import io.rekindle.support.TestData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A recruiter's morning: the Today view lists what is due, and each item is handled in place. */
class TodayBrowserTests extends BrowserTest {

    @Autowired
    Users users;

    @Autowired
    People people;

    @Autowired
    FollowUps followUps;

    @Autowired
    Touches touches;

    @Test
    void aFollowUpIsDoneInPlaceAndItsTouchLogged() {
        var maria = users.create(
                new Users.NewUser("maria.today", "Maria Today", null, Role.RECRUITER, ZoneId.of("UTC")),
                "temporary-pw-1");
        users.changePassword(maria.id(), "temporary-pw-1", "maria-password-1");
        PersonData data = TestData.person("Lena Ortiz", null);
        var lena = people.create(data);
        var omar = people.create(TestData.person("Omar Haddad", null));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        followUps.plan(lena.id(), null, maria.id(), today.minusDays(2), "Ask about the Q1 budget");
        followUps.plan(omar.id(), null, maria.id(), today, "Send the SDR role");

        Page page = browser.newPage();
        page.navigate(url("/today"));
        signIn(page, "maria.today", "maria-password-1");

        assertThat(page.locator(".count-card").first()).containsText("1");
        Locator lenaItem = page.locator("li.today-item[data-person='Lena Ortiz']");
        assertThat(lenaItem).containsText("Ask about the Q1 budget");
        assertThat(lenaItem).hasClass(java.util.regex.Pattern.compile("overdue"));

        lenaItem.getByLabel("Result").selectOption("CONVERSATION");
        lenaItem.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Done"))
                .click();
        assertThat(page.locator(".flash.ok")).hasText("Done, and the touch is logged.");
        assertThat(page.locator("li.today-item[data-person='Lena Ortiz']")).hasCount(0);

        page.locator("li.today-item[data-person='Omar Haddad']")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Snooze a week"))
                .click();
        assertThat(page.locator("li.today-item")).hasCount(0);
        assertThat(page.getByText("Nothing due")).isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/today.png"))
                .setFullPage(true));

        List<?> logged = touches.recent(lena.id(), 5);
        org.assertj.core.api.Assertions.assertThat(logged).hasSize(1);
    }
}
