package io.rekindle.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A small agency a newcomer can explore: about 25 clients, 30 openings and 300 people with two years of history,
 * including the first two stories of the product brief. Built in memory, then written in one transaction.
 */
final class DemoAgency {

    static final String STORY_ONE_NAME = "Dana Kowalski";
    static final String STORY_TWO_NAME = "Rafael Ortiz";

    private static final int CLIENTS = 25;
    private static final int CHICAGO_CLIENTS = 10;
    private static final int RANDOM_OPENINGS = 26;
    private static final int OTHER_CHICAGO_ACCOUNT_EXECUTIVES = 7;
    private static final int RANDOM_CANDIDATES = 240;
    private static final int DO_NOT_CONTACT = 8;
    private static final List<String> OPENING_FAMILIES = List.of("sales", "software", "data", "");
    private static final List<Stage> STARTING_STAGES = List.of(Stage.SOURCED, Stage.CONTACTED, Stage.INTERESTED);
    private static final List<String> HUBS = List.of(
            "New York City",
            "San Francisco",
            "Austin",
            "Denver",
            "Boston",
            "Milwaukee",
            "Minneapolis",
            "Atlanta",
            "Seattle",
            "Dallas");
    private static final Set<String> TECH_KINDS = Set.of("Software", "Analytics", "Systems", "Labs");
    private static final List<String> THIRD_CONTACT_ROLES = List.of("RECRUITER", "EXECUTIVE", "OTHER");
    private static final Set<String> SALES_DESK = Set.of("sales", "customer-success", "marketing", "recruiting", "hr");
    private static final Set<String> TECH_DESK = Set.of("software", "data", "it", "security", "product", "design");

    private final RandomAgency agency;
    private final Samples samples;
    private final AgencyWriter out;
    private final SplittableRandom random;
    private final List<Long> users;
    private final Samples.City chicago;
    private final Map<Long, Person> people = new LinkedHashMap<>();
    private final Set<Long> contacts = new HashSet<>();
    private final Set<Long> storyPeople = new HashSet<>();
    private final Map<Long, Person> hiringManagers = new HashMap<>();
    private final List<Opening> openings = new ArrayList<>();
    private final List<Pipeline.Played> candidacies = new ArrayList<>();
    private final Set<String> pairs = new HashSet<>();
    private final List<Touch> touches = new ArrayList<>();
    private final Deque<Outcome> uncovered = new ArrayDeque<>(Outcome.ALL);
    private List<String> employers;

    DemoAgency(RandomAgency agency, AgencyWriter out, SplittableRandom random, List<Long> users) {
        this.agency = agency;
        this.samples = agency.samples();
        this.out = out;
        this.random = random;
        this.users = users;
        this.chicago = samples.city("Chicago", "US");
    }

    void load() {
        List<Company> clients = clients();
        clients.forEach(this::contacts);
        Opening storyOneFirst = opening(clients.get(0), "Account Executive", 290, Opening.FILLED, 232, maria());
        Opening storyOneAgain = opening(clients.get(1), "Account Executive", 6, Opening.OPEN, -1, maria());
        Opening storyTwoFirst = opening(clients.get(2), "Senior Software Engineer", 430, Opening.FILLED, 350, james());
        Opening storyTwoAgain = opening(clients.get(2), "Staff Software Engineer", 12, Opening.OPEN, -1, james());
        List<Opening> others = randomOpenings(clients);
        candidates();
        storyOne(storyOneFirst, storyOneAgain);
        storyTwo(storyTwoFirst, storyTwoAgain);
        others.forEach(this::fill);
        coverEveryOutcome();
        openings.forEach(this::intake);
        settlePeople();
        write(clients);
    }

    private long maria() {
        return users.get(0);
    }

    private long james() {
        return users.get(1);
    }

    private long priya() {
        return users.get(2);
    }

    private long ownerFor(String family) {
        if (Dice.percent(random, 15)) {
            return Dice.any(random, users);
        }
        return SALES_DESK.contains(family) ? maria() : TECH_DESK.contains(family) ? james() : priya();
    }

    private List<Company> clients() {
        List<String> names = new ArrayList<>(samples.companyNames());
        Collections.shuffle(names, new Random(random.nextLong()));
        int tech = 2;
        while (!TECH_KINDS.contains(names.get(tech).substring(names.get(tech).lastIndexOf(' ') + 1))) {
            tech++;
        }
        Collections.swap(names, 2, tech);
        employers = names.subList(CLIENTS, names.size());
        List<Company> clients = new ArrayList<>(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            Samples.City city = i < CHICAGO_CLIENTS ? chicago : samples.city(HUBS.get(i % HUBS.size()), "US");
            clients.add(agency.company(out.nextId(Table.COMPANY), names.get(i), city, random));
        }
        return clients;
    }

    private void contacts(Company company) {
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String role = i == 0 ? "HIRING_MANAGER" : i == 1 ? "HR" : THIRD_CONTACT_ROLES.get((int) (company.id() % 3));
            Samples.Title title = agency.contactTitle(role, random);
            Instant since = company.createdAt().plusSeconds(86_400L + random.nextInt(30 * 86_400));
            long owner = users.get((int) (company.id() % users.size()));
            Person person = agency.person(
                    out.nextId(Table.PERSON), random, title, company.city(), company.name(), owner, since);
            people.put(person.id(), person);
            contacts.add(person.id());
            if (i == 0) {
                hiringManagers.put(company.id(), person);
            }
            out.contact(company.id(), person.id(), role, since);
        }
    }

    private Opening opening(
            Company company, String title, int openedDaysAgo, String status, int closedDaysAgo, long owner) {
        LocalDate today = agency.today();
        Opening opening = agency.opening(
                out.nextId(Table.OPENING),
                company,
                samples.title(title),
                company.city(),
                today.minusDays(openedDaysAgo),
                status,
                owner,
                random);
        opening = opening.withClosedOn(closedDaysAgo < 0 ? null : today.minusDays(closedDaysAgo));
        openings.add(opening);
        return opening;
    }

    private List<Opening> randomOpenings(List<Company> clients) {
        List<Opening> result = new ArrayList<>(RANDOM_OPENINGS);
        for (int i = 0; i < RANDOM_OPENINGS; i++) {
            Company client =
                    clients.get(Dice.percent(random, 60) ? random.nextInt(CHICAGO_CLIENTS) : random.nextInt(CLIENTS));
            String family = Dice.weighted(random, OPENING_FAMILIES, 45, 17, 13, 25);
            Samples.Title title = family.isEmpty() ? samples.title(random) : Dice.any(random, samples.titlesOf(family));
            LocalDate openedOn = agency.today().minusDays(5 + random.nextInt(690));
            Opening opening = agency.opening(
                    out.nextId(Table.OPENING),
                    client,
                    title,
                    client.city(),
                    openedOn,
                    agency.status(openedOn, random),
                    ownerFor(title.family()),
                    random);
            openings.add(opening);
            result.add(opening);
        }
        return result;
    }

    private void candidates() {
        Person dana = candidate("Dana", "Kowalski", samples.title("Account Executive"), chicago, 420);
        Person rafael = candidate("Rafael", "Ortiz", samples.title("Senior Software Engineer"), chicago, 520);
        people.put(dana.id(), dana.withProfile("Resume upload", List.of("presidents-club")));
        storyPeople.add(dana.id());
        storyPeople.add(rafael.id());
        for (int i = 0; i < OTHER_CHICAGO_ACCOUNT_EXECUTIVES; i++) {
            String title = i < 5 ? "Account Executive" : "Senior Account Executive";
            candidate(
                    samples.firstName(random),
                    samples.lastName(random),
                    samples.title(title),
                    chicago,
                    30 + random.nextInt(690));
        }
        for (int i = 0; i < RANDOM_CANDIDATES; i++) {
            Samples.City city = Dice.percent(random, 40) ? chicago : samples.city(random);
            candidate(
                    samples.firstName(random),
                    samples.lastName(random),
                    samples.title(random),
                    city,
                    1 + random.nextInt(729));
        }
    }

    private Person candidate(String first, String last, Samples.Title title, Samples.City city, int createdDaysAgo) {
        String employer = Dice.percent(random, 5) ? null : Dice.any(random, employers);
        Person person = agency.person(
                out.nextId(Table.PERSON),
                first,
                last,
                random,
                title,
                city,
                employer,
                ownerFor(title.family()),
                agency.daysAgo(createdDaysAgo + random.nextDouble()));
        people.put(person.id(), person);
        return person;
    }

    /** Story 1: a JD, three unanswered follow-ups, "happy where I am" nine months ago; now a new AE role in Chicago. */
    private void storyOne(Opening first, Opening again) {
        Person dana = named(STORY_ONE_NAME);
        add(new Pipeline.Plan(
                dana,
                first,
                Stage.CONTACTED,
                Pipeline.End.NO,
                Outcome.HAPPY_WHERE_I_AM,
                maria(),
                agency.daysAgo(283),
                agency.daysAgo(268),
                3,
                "Happy where I am: just made President's Club and RSUs vest in 4 months. Try again after that.",
                "after the RSUs vest"));
        touches.add(Touch.note(
                dana.id(),
                null,
                maria(),
                dana.createdAt().plusSeconds(3_600),
                "Resume kept on file: 5 years closing mid-market SaaS, President's Club last year."));
        List<Person> accountExecutives = people.values().stream()
                .filter(p -> p.title().endsWith("Account Executive") && p.city() == chicago)
                .filter(p -> !storyPeople.contains(p.id()) && !contacts.contains(p.id()))
                .toList();
        Instant from = first.opensAt();
        Instant until = first.endsAt(agency.now());
        add(Pipeline.Plan.of(
                accountExecutives.get(0), first, Stage.OFFERED, Pipeline.End.PLACED, null, maria(), from, until, 0));
        for (int i = 1; i < 4; i++) {
            Stage reached = Dice.any(random, List.of(Stage.CONTACTED, Stage.INTERESTED, Stage.SUBMITTED));
            add(Pipeline.Plan.of(
                    accountExecutives.get(i),
                    first,
                    reached,
                    Pipeline.End.NO,
                    outcomeFor(reached),
                    maria(),
                    from,
                    until,
                    random.nextInt(2)));
        }
        for (int i = 4; i < 7; i++) {
            add(Pipeline.Plan.of(
                    accountExecutives.get(i),
                    again,
                    STARTING_STAGES.get(i - 4),
                    Pipeline.End.ACTIVE,
                    null,
                    maria(),
                    again.opensAt(),
                    agency.now().minusSeconds(3_600),
                    0));
        }
    }

    /** Story 2: declined an offer from this client twelve months ago; the client now opens the next level up. */
    private void storyTwo(Opening first, Opening again) {
        Person rafael = named(STORY_TWO_NAME);
        Pipeline.Played declined = add(new Pipeline.Plan(
                rafael,
                first,
                Stage.OFFERED,
                Pipeline.End.NO,
                Outcome.DECLINED_OFFER,
                james(),
                agency.daysAgo(400),
                agency.daysAgo(362),
                0,
                "Declined the offer. Liked the team, the product and the Kotlin and Postgres stack. Put off by 4 days"
                        + " a week onsite, and the base came in 10% under his ask.",
                "hybrid and 10% more base"));
        touches.add(Touch.note(
                rafael.id(),
                first.id(),
                james(),
                declined.endedAt().plusSeconds(2 * 86_400),
                "Silver medalist at " + first.company().name()
                        + ": the hiring manager would hire him for the next senior opening."));
        List<Person> engineers = candidatesOf("software", 6);
        Instant until = first.endsAt(agency.now());
        add(Pipeline.Plan.of(
                engineers.get(0), first, Stage.OFFERED, Pipeline.End.PLACED, null, james(), first.opensAt(), until, 0));
        for (int i = 1; i < 4; i++) {
            Stage reached = Dice.any(random, List.of(Stage.SUBMITTED, Stage.INTERVIEWING));
            add(Pipeline.Plan.of(
                    engineers.get(i),
                    first,
                    reached,
                    Pipeline.End.NO,
                    outcomeFor(reached),
                    james(),
                    first.opensAt(),
                    until,
                    0));
        }
        for (int i = 4; i < 6; i++) {
            add(Pipeline.Plan.of(
                    engineers.get(i),
                    again,
                    STARTING_STAGES.get(i - 4),
                    Pipeline.End.ACTIVE,
                    null,
                    james(),
                    again.opensAt(),
                    agency.now().minusSeconds(3_600),
                    0));
        }
    }

    private Person named(String fullName) {
        return people.values().stream()
                .filter(p -> p.fullName().equals(fullName))
                .findFirst()
                .orElseThrow();
    }

    private List<Person> candidatesOf(String family, int count) {
        List<Person> matching = new ArrayList<>(people.values().stream()
                .filter(p -> !contacts.contains(p.id()) && !storyPeople.contains(p.id()))
                .filter(p -> family.equals(familyOf(p)))
                .toList());
        Collections.shuffle(matching, new Random(random.nextLong()));
        List<Person> result = new ArrayList<>(matching.subList(0, Math.min(count, matching.size())));
        while (result.size() < count) {
            Person any = anyCandidate();
            if (!result.contains(any)) {
                result.add(any);
            }
        }
        return result;
    }

    private String familyOf(Person person) {
        return samples.title(person.title()).family();
    }

    private Person anyCandidate() {
        List<Person> all = new ArrayList<>(people.values());
        while (true) {
            Person person = Dice.any(random, all);
            if (!contacts.contains(person.id()) && !storyPeople.contains(person.id())) {
                return person;
            }
        }
    }

    private void fill(Opening opening) {
        List<Person> chosen = candidatesOf(opening.title().family(), 4 + random.nextInt(6));
        Instant from = opening.opensAt();
        Instant until = opening.endsAt(agency.now().minusSeconds(3_600));
        for (int i = 0; i < chosen.size(); i++) {
            Person person = chosen.get(i);
            int followUps = Dice.percent(random, 30) ? 1 + random.nextInt(2) : 0;
            if (i == 0 && Opening.FILLED.equals(opening.status())) {
                add(Pipeline.Plan.of(
                        person, opening, Stage.OFFERED, Pipeline.End.PLACED, null, opening.ownerId(), from, until, 0));
            } else if (!opening.closed() && Dice.percent(random, 55)) {
                Stage reached = activeStage();
                add(Pipeline.Plan.of(
                        person,
                        opening,
                        reached,
                        Pipeline.End.ACTIVE,
                        null,
                        opening.ownerId(),
                        from,
                        until,
                        reached == Stage.CONTACTED ? followUps : 0));
            } else {
                Stage reached = endedStage();
                add(Pipeline.Plan.of(
                        person,
                        opening,
                        reached,
                        Pipeline.End.NO,
                        outcomeFor(reached),
                        opening.ownerId(),
                        from,
                        until,
                        followUps));
            }
        }
    }

    private Stage activeStage() {
        return Pipeline.activeStage(random);
    }

    private Stage endedStage() {
        return Pipeline.endedStage(random);
    }

    /** An outcome that fits the stage, preferring one the demo does not show yet. */
    private Outcome outcomeFor(Stage reached) {
        for (Outcome outcome : uncovered) {
            if (outcome.fits(reached)) {
                return outcome;
            }
        }
        return Pipeline.outcome(reached, random);
    }

    private void coverEveryOutcome() {
        List<Opening> closed = openings.stream().filter(Opening::closed).toList();
        for (Outcome outcome : List.copyOf(uncovered)) {
            List<Stage> stages =
                    List.of(Stage.values()).stream().filter(outcome::fits).toList();
            Opening opening = Dice.any(random, closed);
            Person person = anyCandidate();
            while (pairs.contains(person.id() + ":" + opening.id())) {
                person = anyCandidate();
            }
            add(Pipeline.Plan.of(
                    person,
                    opening,
                    Dice.any(random, stages),
                    Pipeline.End.NO,
                    outcome,
                    opening.ownerId(),
                    opening.opensAt(),
                    opening.endsAt(agency.now()),
                    0));
        }
    }

    private Pipeline.Played add(Pipeline.Plan plan) {
        if (!pairs.add(plan.person().id() + ":" + plan.opening().id())) {
            return null;
        }
        Pipeline.Played played = Pipeline.play(plan, random);
        candidacies.add(played);
        if (plan.end() == Pipeline.End.NO) {
            uncovered.remove(plan.outcome());
        }
        if (plan.end() == Pipeline.End.PLACED) {
            Person placed = people.get(plan.person().id());
            people.put(
                    placed.id(),
                    placed.withJob(
                            plan.opening().title().name(),
                            plan.opening().company().name()));
        }
        return played;
    }

    private void intake(Opening opening) {
        Person manager = hiringManagers.get(opening.company().id());
        Instant at = opening.opensAt().minusSeconds(3_600L * (2 + random.nextInt(40)));
        touches.add(new Touch(
                manager.id(),
                opening.id(),
                opening.ownerId(),
                random.nextBoolean() ? Touch.Channel.CALL : Touch.Channel.MEETING,
                Touch.Direction.OUTBOUND,
                Touch.Result.CONVERSATION,
                at,
                "Intake for the " + opening.title().name() + " role: " + opening.cultureNotes()));
    }

    /** Creation dates before any activity, everyday touches, and a few people who asked not to be contacted. */
    private void settlePeople() {
        Map<Long, Instant> firstActivity = new HashMap<>();
        Map<Long, Instant> lastActivity = new HashMap<>();
        Set<Long> active = new HashSet<>();
        for (Pipeline.Played played : candidacies) {
            long id = played.plan().person().id();
            firstActivity.merge(id, played.addedAt(), (a, b) -> a.isBefore(b) ? a : b);
            played.touches().forEach(t -> lastActivity.merge(id, t.at(), (a, b) -> a.isAfter(b) ? a : b));
            if (played.endedAt() == null) {
                active.add(id);
            }
        }
        for (Person person : List.copyOf(people.values())) {
            Instant first = firstActivity.get(person.id());
            if (first != null && !person.createdAt().isBefore(first)) {
                people.put(
                        person.id(), person.withCreatedAt(first.minusSeconds(86_400L + random.nextInt(20 * 86_400))));
            }
        }
        for (Person person : people.values()) {
            int count = contacts.contains(person.id()) ? 3 + random.nextInt(8) : random.nextInt(11);
            Instant until = person.fullName().equals(STORY_ONE_NAME) ? agency.daysAgo(290) : agency.now();
            long user = Dice.percent(random, 80) ? person.ownerId() : Dice.any(random, users);
            for (Touch touch : agency.touches(person, count, person.createdAt(), until, user, random)) {
                touches.add(touch);
                lastActivity.merge(person.id(), touch.at(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<Person> eligible = new ArrayList<>(people.values().stream()
                .filter(p -> !contacts.contains(p.id()) && !storyPeople.contains(p.id()) && !active.contains(p.id()))
                .toList());
        Collections.shuffle(eligible, new Random(random.nextLong()));
        for (Person person : eligible.subList(0, DO_NOT_CONTACT)) {
            Instant last = lastActivity.getOrDefault(person.id(), person.createdAt());
            Instant since = agency.between(random, last, agency.now().minusSeconds(3_600));
            String reason = Dice.any(random, Phrases.DO_NOT_CONTACT_REASONS);
            touches.add(Touch.note(person.id(), null, person.ownerId(), since, "Do not contact: " + reason + "."));
            people.put(
                    person.id(),
                    person.withDoNotContact(
                            new Person.DoNotContact(reason, LocalDate.ofInstant(since, ZoneOffset.UTC))));
        }
    }

    private void write(List<Company> clients) {
        clients.forEach(out::company);
        openings.forEach(out::opening);
        people.values().forEach(p -> out.person(p, RandomAgency.nameKey(p.fullName())));
        candidacies.forEach(out::candidacy);
        touches.forEach(out::touch);
        out.tables().commit();
    }
}
