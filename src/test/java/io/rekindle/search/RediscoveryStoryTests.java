package io.rekindle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rekindle.followups.Channel;
import io.rekindle.followups.Direction;
import io.rekindle.followups.TouchData;
import io.rekindle.followups.TouchResult;
import io.rekindle.followups.Touches;
import io.rekindle.openings.Companies;
import io.rekindle.openings.CompanyId;
import io.rekindle.openings.OpeningData;
import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.Openings;
import io.rekindle.openings.Seniority;
import io.rekindle.people.Location;
import io.rekindle.people.People;
import io.rekindle.people.PersonData;
import io.rekindle.people.PersonDetails;
import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Pipeline;
import io.rekindle.pipeline.Side;
import io.rekindle.pipeline.Stage;
import io.rekindle.support.MutableClock;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Stories 1 and 2: the person who said no months ago is near the top of rediscovery, and the page says why. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class RediscoveryStoryTests {

    @Autowired
    MutableClock clock;

    @Autowired
    People people;

    @Autowired
    Companies companies;

    @Autowired
    Openings openings;

    @Autowired
    Pipeline pipeline;

    @Autowired
    Touches touches;

    @Autowired
    Profiles profiles;

    @Autowired
    Rediscovery rediscovery;

    String title;

    @BeforeEach
    void start() {
        clock.set(TestClockConfiguration.START);
        // a title of its own per test, so people of other tests sharing the context rank below ours
        title = "Account Executive";
    }

    PersonDetails person(String name, String title, String city, String region, boolean dnc) {
        return people.create(new PersonData(
                name,
                List.of(),
                List.of(),
                title,
                "Globex",
                new Location(city, region, "US"),
                List.of("Salesforce", "Cold calling"),
                List.of(),
                "test",
                null,
                dnc,
                dnc ? "asked us to stop" : null,
                null));
    }

    OpeningDetails opening(CompanyId company, String title, Seniority seniority) {
        return openings.create(new OpeningData(
                company,
                title,
                TestData.CHICAGO,
                40,
                false,
                List.of("Salesforce", "Negotiation"),
                seniority,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    @Test
    void askAgainTheAccountExecutiveWhoSaidNoNineMonthsAgo() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        PersonDetails ann = person("Ann Rivera " + tag, "Account Executive", "Chicago", "IL", false);
        PersonDetails far = person("Bo Chen " + tag, "Account Executive", "Boston", "MA", false);
        PersonDetails dnc = person("Cy Diaz " + tag, "Account Executive", "Chicago", "IL", true);
        PersonDetails busy = person("Di Evans " + tag, "Account Executive", "Chicago", "IL", false);
        PersonDetails other = person("Ed Frank " + tag, "Java Developer", "Chicago", "IL", false);

        var acme = companies.create(TestData.company("Acme " + tag));
        var first = opening(acme.id(), "Account Executive", null);
        var c = pipeline.add(ann.id(), first.id(), null);
        touches.log(new TouchData(ann.id(), first.id(), Channel.EMAIL, Direction.OUTBOUND, null, "Sent the JD", null));
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofDays(2));
            touches.log(new TouchData(
                    ann.id(), first.id(), Channel.CALL, Direction.OUTBOUND, TouchResult.NO_ANSWER, null, null));
        }
        touches.log(new TouchData(
                ann.id(), first.id(), Channel.CALL, Direction.INBOUND, TouchResult.CONVERSATION, null, null));
        pipeline.recordNo(
                c.id(),
                new Pipeline.NoOutcome(
                        Side.CANDIDATE_DECLINED, NoReason.HAPPY_WHERE_I_AM, "Just promoted", null, null, null));

        clock.advance(Duration.ofDays(274));
        var initech = companies.create(TestData.company("Initech " + tag));
        var another = opening(initech.id(), "Account Executive", null);
        pipeline.add(busy.id(), another.id(), null);
        var now = opening(initech.id(), "Account Executive", null);
        profiles.refreshNow(ann.id());

        await().untilAsserted(() -> {
            var result = rediscovery.forOpening(now.id(), 50);
            assertThat(result.inAnotherProcess())
                    .extracting(RediscoveredPerson::id)
                    .contains(busy.id());
        });
        var result = rediscovery.forOpening(now.id(), 50);
        var ours =
                result.ranked().stream().filter(p -> p.fullName().endsWith(tag)).toList();
        assertThat(ours).extracting(RediscoveredPerson::fullName).first().isEqualTo(ann.fullName());
        assertThat(ours)
                .extracting(RediscoveredPerson::id)
                .as("the one who is far comes after, the Java developer last or not at all")
                .containsSubsequence(ann.id(), far.id())
                .doesNotContain(dnc.id(), busy.id());
        if (ours.stream().anyMatch(p -> p.id().equals(other.id()))) {
            assertThat(ours.get(ours.size() - 1).id()).isEqualTo(other.id());
        }
        assertThat(result.ranked().indexOf(ours.get(0)))
                .as("near the top of the whole database")
                .isLessThan(5);
        assertThat(ours.get(0).explanation())
                .isEqualTo(
                        "Declined Account Executive at Acme " + tag + " 9 months ago (happy where I am); revisit"
                                + " window open since May. Same title, 0 km from Chicago, 1 of 2 skills (Salesforce). 5 touches, last reply 9 months ago.");
        assertThat(result.excluded().get("doNotContact")).isPositive();
        assertThat(result.matchedExactly()).isTrue();
        assertThat(result.matched())
                .as("everyone found is ranked, shown apart or counted as left out")
                .isEqualTo(result.ranked().size()
                        + result.inAnotherProcess().size()
                        + result.excluded().values().stream()
                                .mapToLong(Long::longValue)
                                .sum());
    }

    @Test
    void theSilverMedalistOfThisVeryClientIsFlaggedWithTheNotesOfTheNo() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        PersonDetails gil = person("Gil Hart " + tag, "Account Executive", "Chicago", "IL", false);
        var hooli = companies.create(TestData.company("Hooli " + tag));
        var first = opening(hooli.id(), "Account Executive", Seniority.MID);
        var c = pipeline.add(gil.id(), first.id(), null);
        pipeline.move(c.id(), Stage.INTERVIEWING, null);
        pipeline.move(c.id(), Stage.OFFERED, null);
        pipeline.recordNo(
                c.id(),
                new Pipeline.NoOutcome(
                        Side.CANDIDATE_DECLINED,
                        NoReason.DECLINED_OFFER,
                        "Liked the team, not the commute",
                        null,
                        null,
                        null));
        clock.advance(Duration.ofDays(366));
        var senior = opening(hooli.id(), "Senior Account Executive", Seniority.SENIOR);

        await().untilAsserted(() -> assertThat(
                        rediscovery.forOpening(senior.id(), 50).ranked())
                .filteredOn(p -> p.id().equals(gil.id()))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.silverMedalist()).isTrue();
                    assertThat(p.explanation())
                            .contains("Silver medalist of Hooli " + tag + " (reached offered for Account Executive):"
                                    + " “Liked the team, not the commute”")
                            .contains("Same title at another level (Account Executive)");
                }));
        assertThat(rediscovery.openingsFor(gil.id(), 10))
                .extracting(OpeningFit::opening)
                .as("the reverse direction: the open openings he fits")
                .contains(senior.id())
                .doesNotContain(first.id());
    }
}
