package io.rekindle.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rekindle.followups.Channel;
import io.rekindle.followups.Direction;
import io.rekindle.followups.FollowUps;
import io.rekindle.followups.TouchData;
import io.rekindle.followups.TouchResult;
import io.rekindle.followups.Touches;
import io.rekindle.openings.Companies;
import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.Openings;
import io.rekindle.pipeline.CandidacyStatus;
import io.rekindle.pipeline.CandidacyView;
import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Pipeline;
import io.rekindle.pipeline.Side;
import io.rekindle.pipeline.Stage;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.UserId;
import io.rekindle.platform.Users;
import io.rekindle.support.MutableClock;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/** The same human must not become two people: matching on the way in, merge and undo, and the scan. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class DuplicatesTests {

    @Autowired
    Duplicates duplicates;

    @Autowired
    People people;

    @Autowired
    Pipeline pipeline;

    @Autowired
    Touches touches;

    @Autowired
    FollowUps followUps;

    @Autowired
    Companies companies;

    @Autowired
    Openings openings;

    @Autowired
    Users users;

    @Autowired
    MutableClock clock;

    UserId admin;
    String tag;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        admin = users.all().stream()
                .filter(u -> u.username().equals("admin"))
                .findFirst()
                .orElseThrow()
                .id();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void findsTheSameEmailEvenWithGmailDotsAndATag() {
        PersonDetails ann = people.create(person("Ann Rivera", "ann.rivera." + tag + "@gmail.com", null, null, null));

        var found = duplicates.likelyDuplicatesOf(
                person("A. Rivera", "AnnRivera." + tag + "+jobs@gmail.com", null, null, null));

        assertThat(found).first().satisfies(c -> {
            assertThat(c.person()).isEqualTo(ann.id());
            assertThat(c.fullName()).isEqualTo("Ann Rivera");
            assertThat(c.reasons()).containsExactly("same email annrivera." + tag + "+jobs@gmail.com");
            assertThat(c.score()).isGreaterThan(0.9);
        });
    }

    @Test
    void findsTheSamePhoneTypedAnotherWay() {
        String number = "312 555 " + (1000 + Math.floorMod(tag.hashCode(), 8999));
        PersonDetails bo = people.create(person("Bo Chen " + tag, null, number, null, null));

        var found = duplicates.likelyDuplicatesOf(
                person("Robert Chen", null, "+1 (312) 555-" + number.substring(8), null, null));

        assertThat(found).extracting(DuplicateCandidate::person).contains(bo.id());
        assertThat(found.get(0).reasons()).singleElement().asString().startsWith("same phone (312) 555-");
    }

    @Test
    void aSimilarNameCountsOnlyWithTheSameEmployerOrCity() {
        String last = "Smith" + letters();
        PersonDetails john = people.create(person("John " + last, null, null, "Globex " + tag, "Chicago"));

        var sameEmployer =
                duplicates.likelyDuplicatesOf(person("Jon " + last, null, null, "Globex " + tag + ", Inc.", "Boston"));
        var sameCity = duplicates.likelyDuplicatesOf(person("Jon " + last, null, null, "Initech", "chicago"));
        var neither = duplicates.likelyDuplicatesOf(person("Jon " + last, null, null, "Initech", "Boston"));

        assertThat(sameEmployer).singleElement().satisfies(c -> {
            assertThat(c.person()).isEqualTo(john.id());
            assertThat(c.reasons()).containsExactly("similar name and same employer Globex " + tag);
        });
        assertThat(sameCity)
                .filteredOn(c -> c.person().equals(john.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.reasons()).containsExactly("similar name and same city Chicago"));
        assertThat(neither).noneMatch(c -> c.person().equals(john.id()));
    }

    @Test
    void aBatchAnswersEachRowInOrderAmongPeopleKeptAndItsOwnEarlierRowsAndSeesNoMergedPeople() {
        PersonDetails cy = people.create(person("Cy " + tag, "cy" + tag + "@example.com", null, null, null));
        PersonDetails dee = people.create(person("Dee " + tag, "dee" + tag + "@example.com", null, null, null));

        var found = duplicates.likelyDuplicatesInBatch(List.of(
                person("X", "dee" + tag + "@example.com", null, null, null),
                person("Nobody " + tag, "nobody" + tag + "@example.com", "not a phone", null, null),
                person("Y", "CY" + tag + "@example.com", null, null, null),
                person("Nobody Else", "NOBODY" + tag + "@example.com", null, null, null)));

        var answers = found.ofKept();
        assertThat(answers).hasSize(4);
        assertThat(answers.get(0)).extracting(DuplicateCandidate::person).containsExactly(dee.id());
        assertThat(answers.get(1)).isEmpty();
        assertThat(answers.get(2)).extracting(DuplicateCandidate::person).containsExactly(cy.id());
        assertThat(found.ofEarlierRows().subList(0, 3))
                .allSatisfy(earlier -> assertThat(earlier).isEmpty());
        assertThat(found.ofEarlierRows().get(3)).singleElement().satisfies(earlier -> {
            assertThat(earlier.row()).isEqualTo(1);
            assertThat(earlier.reasons()).containsExactly("same email nobody" + tag + "@example.com");
        });

        duplicates.merge(dee.id(), cy.id(), admin);
        assertThat(duplicates.likelyDuplicatesOf(person("Y", "cy" + tag + "@example.com", null, null, null)))
                .as("the kept person now carries the merged person's e-mail")
                .extracting(DuplicateCandidate::person)
                .containsExactly(dee.id());
    }

    @Test
    void aMergeKeepsEveryEmailTouchCandidacyAndOutcomeAndUndoPutsEachBack() {
        PersonDetails kept = people.create(person("Eve Adams", "eve" + tag + "@globex.com", null, "Globex", null));
        PersonDetails merged = people.create(new PersonData(
                "Eve Adams",
                List.of("eve" + tag + "@gmail.com"),
                List.of("+1 312 555 0199"),
                "Account Executive",
                "Globex",
                TestData.CHICAGO,
                List.of("Salesforce"),
                List.of("silver"),
                "test",
                null,
                false,
                null,
                null));
        OpeningDetails shared = opening("Shared");
        OpeningDetails own = opening("Own");
        touches.log(touch(merged, "first call"));
        touches.log(touch(merged, "second call"));
        touches.log(touch(kept, "kept's own call"));
        CandidacyView keptOnShared = pipeline.add(kept.id(), shared.id(), null);
        CandidacyView mergedOnShared = pipeline.add(merged.id(), shared.id(), null);
        pipeline.move(mergedOnShared.id(), Stage.INTERVIEWING, null);
        pipeline.recordNo(
                mergedOnShared.id(),
                new Pipeline.NoOutcome(
                        Side.CANDIDATE_DECLINED, NoReason.HAPPY_WHERE_I_AM, "Just promoted", null, null, null));
        CandidacyView mergedOnOwn = pipeline.add(merged.id(), own.id(), null);
        var followUp = followUps.plan(merged.id(), null, admin, today().plusDays(3), "call back");

        PersonMergeView merge = duplicates.merge(kept.id(), merged.id(), admin);

        PersonDetails after = people.get(kept.id());
        assertThat(after.emails()).containsExactly("eve" + tag + "@globex.com", "eve" + tag + "@gmail.com");
        assertThat(after.phones()).extracting(Phone::e164).containsExactly("+13125550199");
        assertThat(after.skills()).containsExactly("Salesforce");
        assertThat(after.tags()).containsExactly("silver");
        assertThat(after.currentTitle()).isEqualTo("Account Executive");
        assertThat(after.currentEmployer()).isEqualTo("Globex");
        assertThat(after.location().city()).isEqualTo("Chicago");
        assertThat(pipeline.ofPerson(kept.id()))
                .as("the ended candidacy with its outcome is richer than the kept person's active one")
                .extracting(CandidacyView::id)
                .containsExactlyInAnyOrder(mergedOnShared.id(), mergedOnOwn.id());
        assertThat(pipeline.get(mergedOnShared.id()).outcome().note()).isEqualTo("Just promoted");
        assertThat(pipeline.get(keptOnShared.id()).person())
                .as("the other candidacy for the same opening is kept, with the merged record")
                .isEqualTo(merged.id());
        assertThat(touches.recent(kept.id(), 10))
                .extracting(t -> t.summary())
                .containsExactlyInAnyOrder("first call", "second call", "kept's own call");
        assertThat(followUps.openFor(kept.id())).extracting(f -> f.id()).contains(followUp.id());
        assertThat(merge.moved()).containsEntry("touch", 2L).containsEntry("candidacy", 2L);
        assertThat(merge.reasons()).contains("same name and same employer Globex");
        assertThat(duplicates.mergedInto(merged.id())).contains(kept.id());
        assertThat(people.find(new PersonFilter("Eve Adams", null, null, null, null), PageRequest.of(0, 50)))
                .extracting(PersonSummary::id)
                .contains(kept.id())
                .doesNotContain(merged.id());
        assertThat(duplicates.mergesOf(kept.id()))
                .extracting(PersonMergeView::id)
                .containsExactly(merge.id());

        duplicates.undo(merge.id(), admin);

        PersonDetails restored = people.get(kept.id());
        assertThat(restored.emails()).containsExactly("eve" + tag + "@globex.com");
        assertThat(restored.phones()).isEmpty();
        assertThat(restored.tags()).isEmpty();
        assertThat(restored.currentTitle()).isNull();
        assertThat(restored.location().known()).isFalse();
        assertThat(duplicates.mergedInto(merged.id())).isEmpty();
        assertThat(people.get(merged.id()).emails()).containsExactly("eve" + tag + "@gmail.com");
        assertThat(pipeline.ofPerson(kept.id())).extracting(CandidacyView::id).containsExactly(keptOnShared.id());
        assertThat(pipeline.ofPerson(merged.id()))
                .extracting(CandidacyView::id)
                .containsExactlyInAnyOrder(mergedOnShared.id(), mergedOnOwn.id());
        assertThat(pipeline.get(mergedOnShared.id()).status()).isEqualTo(CandidacyStatus.ENDED);
        assertThat(touches.recent(merged.id(), 10))
                .extracting(t -> t.summary())
                .containsExactlyInAnyOrder("first call", "second call");
        assertThat(touches.recent(kept.id(), 10)).extracting(t -> t.summary()).containsExactly("kept's own call");
        assertThat(followUps.openFor(merged.id())).extracting(f -> f.id()).contains(followUp.id());
        assertThat(duplicates.getMerge(merge.id()).undone()).isTrue();
        assertThatThrownBy(() -> duplicates.undo(merge.id(), admin)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aTombstoneCannotBeMergedAgainAndAPersonNotIntoThemselves() {
        PersonDetails a = people.create(person("Fay " + tag, null, null, null, null));
        PersonDetails b = people.create(person("Fay " + tag, null, null, null, null));
        duplicates.merge(a.id(), b.id(), admin);
        assertThatThrownBy(() -> duplicates.merge(a.id(), b.id(), admin)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> duplicates.merge(b.id(), a.id(), admin)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> duplicates.merge(a.id(), a.id(), admin))
                .isInstanceOf(io.rekindle.platform.InvalidInputException.class);
    }

    @Test
    void theScanListsPairsAndForgetsThoseMarkedNotADuplicate() {
        String last = "Scanlon" + letters();
        PersonDetails one = people.create(person("Gus " + last, "gus" + tag + "@a.com", null, "Hooli", null));
        PersonDetails two = people.create(person("Gus " + last, "gus" + tag + "@b.com", null, "Hooli", null));
        PersonDetails three = people.create(person("Hal " + tag, "gus" + tag + "@a.com", null, null, null));

        duplicates.scan();

        var pairs = pairsOf(one, two, three);
        assertThat(pairs).hasSize(2);
        assertThat(pairs)
                .filteredOn(p ->
                        p.second().id().equals(three.id()) && p.first().id().equals(one.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.reasons()).containsExactly("same email gus" + tag + "@a.com"));

        duplicates.notDuplicate(three.id(), one.id(), admin);
        duplicates.scan();
        assertThat(pairsOf(one, two, three)).hasSize(1);
        duplicates.merge(one.id(), two.id(), admin);
        assertThat(pairsOf(one, two, three)).as("pairs with a merged person go").isEmpty();
    }

    @Autowired
    io.rekindle.search.PeopleSearch search;

    @Test
    void aMergedPersonLeavesSearchAndComesBackOnUndo() {
        String marker = "m" + tag;
        PersonData data = new PersonData(
                "Ida Search",
                List.of(),
                List.of(),
                null,
                null,
                null,
                List.of(),
                List.of(marker),
                "test",
                null,
                false,
                null,
                null);
        PersonDetails kept = people.create(data);
        PersonDetails merged = people.create(data);
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(found("tag:" + marker))
                .containsExactlyInAnyOrder(kept.id(), merged.id()));

        PersonMergeView merge = duplicates.merge(kept.id(), merged.id(), admin);
        org.awaitility.Awaitility.await()
                .untilAsserted(() -> assertThat(found("tag:" + marker)).containsExactly(kept.id()));

        duplicates.undo(merge.id(), admin);
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(found("tag:" + marker))
                .containsExactlyInAnyOrder(kept.id(), merged.id()));
    }

    private List<PersonId> found(String q) {
        return search.search(io.rekindle.search.SearchRequest.query(q), 0, 50).items().stream()
                .map(io.rekindle.search.SearchHit::id)
                .toList();
    }

    private List<DuplicatePair> pairsOf(PersonDetails... persons) {
        var ids = List.of(persons).stream().map(PersonDetails::id).toList();
        return duplicates.pairs(PageRequest.of(0, 10_000)).stream()
                .filter(p ->
                        ids.contains(p.first().id()) && ids.contains(p.second().id()))
                .toList();
    }

    private OpeningDetails opening(String title) {
        var company = companies.create(TestData.company("Dup " + tag + " " + title));
        return openings.create(TestData.opening(company.id(), title + " " + tag));
    }

    private TouchData touch(PersonDetails person, String summary) {
        return new TouchData(person.id(), null, Channel.CALL, Direction.OUTBOUND, TouchResult.NO_ANSWER, summary, null);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Letters unique to this test run, so names sound unlike any other test's people. */
    private String letters() {
        return IntStream.range(0, 6)
                .mapToObj(i -> String.valueOf((char) ('a' + Math.floorMod(tag.charAt(i), 26))))
                .reduce("", String::concat);
    }

    private static PersonData person(String name, String email, String phone, String employer, String city) {
        return new PersonData(
                name,
                email == null ? List.of() : List.of(email),
                phone == null ? List.of() : List.of(phone),
                null,
                employer,
                new Location(city, null, city == null ? null : "US"),
                List.of(),
                List.of(),
                "test",
                null,
                false,
                null,
                null);
    }
}
