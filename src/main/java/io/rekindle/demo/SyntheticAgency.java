package io.rekindle.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a large agency: N people with about ten touches each, one company per 50 people, one opening per 20
 * and about 0.65 candidacies per person, committed every few thousand people. Companies and openings are
 * recomputed from their index rather than kept in memory, so memory stays flat whatever N is.
 */
final class SyntheticAgency {

    static final int PEOPLE_PER_COMPANY = 50;
    static final int PEOPLE_PER_OPENING = 20;
    static final int PEOPLE_PER_RECRUITER = 10_000;
    static final int MAX_TOUCHES = 20;

    private static final Logger log = LoggerFactory.getLogger(SyntheticAgency.class);
    private static final int CHUNK = 5_000;
    private static final long COMPANY_SALT = 0x5DEECE66DL;
    private static final long OPENING_SALT = 0xB5AD4ECEDA1CE2A9L;
    private static final List<Integer> CANDIDACY_COUNTS = List.of(0, 1, 2, 3);
    private static final List<String> CONTACT_ROLES =
            List.of("HIRING_MANAGER", "HIRING_MANAGER", "HR", "RECRUITER", "EXECUTIVE", "OTHER");

    private final RandomAgency agency;
    private final Samples samples;
    private final AgencyWriter out;
    private final long seed;
    private final List<Long> users;
    private final int companies;
    private final int openings;
    private final long firstCompanyId;
    private final long firstOpeningId;

    SyntheticAgency(RandomAgency agency, AgencyWriter out, long seed, List<Long> users, int people) {
        this.agency = agency;
        this.samples = agency.samples();
        this.out = out;
        this.seed = seed;
        this.users = users;
        this.companies = Math.max(5, people / PEOPLE_PER_COMPANY);
        this.openings = Math.max(5, people / PEOPLE_PER_OPENING);
        this.firstCompanyId = out.reserve(Table.COMPANY, companies);
        this.firstOpeningId = out.reserve(Table.OPENING, openings);
    }

    static int recruiters(int people) {
        return Math.max(3, Math.min(100, people / PEOPLE_PER_RECRUITER));
    }

    void load(int people) {
        long started = System.nanoTime();
        for (int k = 0; k < companies; k++) {
            out.company(companyAt(k));
            commitEvery(k);
        }
        for (int k = 0; k < openings; k++) {
            out.opening(openingAt(k));
            commitEvery(k);
        }
        out.tables().commit();
        SplittableRandom random = new SplittableRandom(seed);
        int step = Math.max(1, people / openings);
        int reportEvery = Math.max(CHUNK, people / 20 / CHUNK * CHUNK);
        for (int i = 0; i < people; i++) {
            person(i, step, random);
            if ((i + 1) % CHUNK == 0 || i + 1 == people) {
                out.tables().commit();
            }
            if ((i + 1) % reportEvery == 0 || i + 1 == people) {
                report(i + 1, people, started);
            }
        }
    }

    private void commitEvery(int k) {
        if ((k + 1) % CHUNK == 0) {
            out.tables().commit();
        }
    }

    private void report(int done, int people, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        TableWriter tables = out.tables();
        log.info(
                "Loaded {} of {} people ({}%): {} touches, {} candidacies, {} rows/s",
                done,
                people,
                done * 100L / people,
                tables.count(Table.TOUCH),
                tables.count(Table.CANDIDACY),
                Math.round(tables.rows() / Math.max(seconds, 1e-3)));
    }

    private SplittableRandom randomFor(long salt, int index) {
        return new SplittableRandom(seed ^ salt ^ (index * 0x9E3779B97F4A7C15L));
    }

    /** Company {@code k}: the sample names first, then each name again in another city. */
    Company companyAt(int k) {
        SplittableRandom random = randomFor(COMPANY_SALT, k);
        List<String> names = samples.companyNames();
        String base = names.get(k % names.size());
        int round = k / names.size();
        if (round == 0) {
            return agency.company(firstCompanyId + k, base, samples.city(random), random);
        }
        Samples.City city = samples.cityAt((round - 1) % samples.cityCount());
        int again = (round - 1) / samples.cityCount();
        String name = base + " " + city.name() + (again == 0 ? "" : " " + (again + 1));
        return agency.company(firstCompanyId + k, name, city, random);
    }

    Opening openingAt(int k) {
        SplittableRandom random = randomFor(OPENING_SALT, k);
        Company company = companyAt(random.nextInt(companies));
        Samples.Title title = samples.title(random);
        Samples.City city = Dice.percent(random, 80) ? company.city() : samples.city(random);
        LocalDate openedOn = agency.today().minusDays(1 + random.nextInt(729));
        String status = agency.status(openedOn, random);
        long owner = users.get(random.nextInt(users.size()));
        return agency.opening(firstOpeningId + k, company, title, city, openedOn, status, owner, random);
    }

    private void person(int index, int step, SplittableRandom random) {
        boolean contact = random.nextInt(1000) < 30;
        String role = contact ? Dice.any(random, CONTACT_ROLES) : null;
        Samples.Title title = contact ? agency.contactTitle(role, random) : samples.title(random);
        long owner = users.get(random.nextInt(users.size()));
        int companyIndex = random.nextInt(companies);
        String employer = !contact && Dice.percent(random, 5) ? null : companyName(companyIndex);
        Instant createdAt = agency.daysAgo(1 + random.nextDouble() * 729);
        Person person = agency.person(
                out.nextId(Table.PERSON), random, title, samples.city(random), employer, owner, createdAt);
        List<Pipeline.Played> candidacies = contact ? List.of() : candidacies(person, index, step, random);
        person = createdBeforeCandidacies(person, candidacies, random);
        List<Touch> touches = touches(person, candidacies, owner, random);
        Instant optedOut = optedOut(person, candidacies, touches, random);
        if (optedOut != null) {
            String reason = Dice.any(random, Phrases.DO_NOT_CONTACT_REASONS);
            person = person.withDoNotContact(
                    new Person.DoNotContact(reason, LocalDate.ofInstant(optedOut, ZoneOffset.UTC)));
            touches.add(Touch.note(person.id(), null, owner, optedOut, "Do not contact: " + reason + "."));
        }
        out.person(person, agency.cachedKey(person.firstName()) + " " + agency.cachedKey(person.lastName()));
        if (contact) {
            out.contact(firstCompanyId + companyIndex, person.id(), role, person.createdAt());
        }
        candidacies.forEach(out::candidacy);
        touches.forEach(out::touch);
    }

    private Person createdBeforeCandidacies(Person person, List<Pipeline.Played> candidacies, SplittableRandom random) {
        Instant first = candidacies.stream()
                .map(Pipeline.Played::addedAt)
                .min(Instant::compareTo)
                .orElse(null);
        if (first == null || person.createdAt().isBefore(first)) {
            return person;
        }
        return person.withCreatedAt(first.minusSeconds(86_400L + random.nextInt(20 * 86_400)));
    }

    /** Everyday touches, so that with the pipeline's own the person has 0 to 20, about ten. */
    private List<Touch> touches(Person person, List<Pipeline.Played> candidacies, long owner, SplittableRandom random) {
        int pipelineTouches =
                candidacies.stream().mapToInt(c -> c.touches().size()).sum();
        int count = Math.max(0, random.nextInt(MAX_TOUCHES + 1) - pipelineTouches);
        return agency.touches(person, count, person.createdAt(), agency.now(), owner, random);
    }

    /** For a few people with no open candidacy, when they asked not to be contacted: after everything else. */
    private Instant optedOut(
            Person person, List<Pipeline.Played> candidacies, List<Touch> touches, SplittableRandom random) {
        if (!Dice.percent(random, 2) || candidacies.stream().anyMatch(c -> c.endedAt() == null)) {
            return null;
        }
        Instant last = touches.isEmpty()
                ? person.createdAt()
                : touches.get(touches.size() - 1).at();
        for (Pipeline.Played played : candidacies) {
            for (Touch touch : played.touches()) {
                last = touch.at().isAfter(last) ? touch.at() : last;
            }
        }
        return last.plusSeconds(60);
    }

    private String companyName(int companyIndex) {
        List<String> names = samples.companyNames();
        int round = companyIndex / names.size();
        if (round == 0) {
            return names.get(companyIndex);
        }
        return companyAt(companyIndex).name();
    }

    private List<Pipeline.Played> candidacies(Person person, int index, int step, SplittableRandom random) {
        List<Pipeline.Played> played = new ArrayList<>(3);
        List<Long> taken = new ArrayList<>(3);
        if (index % step == 0 && index / step < openings) {
            Opening opening = openingAt(index / step);
            if (Opening.FILLED.equals(opening.status())) {
                played.add(Pipeline.play(
                        Pipeline.Plan.of(
                                person,
                                opening,
                                Stage.OFFERED,
                                Pipeline.End.PLACED,
                                null,
                                opening.ownerId(),
                                opening.opensAt(),
                                opening.endsAt(agency.now()),
                                0),
                        random));
                taken.add(opening.id());
            }
        }
        int count = Dice.weighted(random, CANDIDACY_COUNTS, 55, 30, 11, 4);
        for (int c = 0; c < count; c++) {
            Opening opening = openingFor(person, random);
            if (!taken.contains(opening.id())) {
                taken.add(opening.id());
                played.add(Pipeline.play(plan(person, opening, random), random));
            }
        }
        return played;
    }

    /** A random opening, preferring one of the person's title family as a recruiter would. */
    private Opening openingFor(Person person, SplittableRandom random) {
        String family = samples.title(person.title()).family();
        Opening opening = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            opening = openingAt(random.nextInt(openings));
            if (opening.title().family().equals(family)) {
                break;
            }
        }
        return opening;
    }

    private Pipeline.Plan plan(Person person, Opening opening, SplittableRandom random) {
        Instant until = opening.endsAt(agency.now().minusSeconds(3_600));
        int followUps = Dice.percent(random, 30) ? 1 + random.nextInt(2) : 0;
        if (!opening.closed() && Dice.percent(random, 55)) {
            Stage reached = Pipeline.activeStage(random);
            return Pipeline.Plan.of(
                    person,
                    opening,
                    reached,
                    Pipeline.End.ACTIVE,
                    null,
                    opening.ownerId(),
                    opening.opensAt(),
                    until,
                    reached == Stage.CONTACTED ? followUps : 0);
        }
        Stage reached = Pipeline.endedStage(random);
        return Pipeline.Plan.of(
                person,
                opening,
                reached,
                Pipeline.End.NO,
                Pipeline.outcome(reached, random),
                opening.ownerId(),
                opening.opensAt(),
                until,
                followUps);
    }
}
