package io.rekindle.demo;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Makes believable companies, openings, people and touches from the samples. Emails and phones are unique: by
 * remembering them (demo), or by deriving them from the id (large loads, where remembering would not scale).
 */
final class RandomAgency {

    static final Duration TWO_YEARS = Duration.ofDays(730);

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, String> INDUSTRIES = Map.ofEntries(
            Map.entry("Analytics", "Software"),
            Map.entry("Systems", "Software"),
            Map.entry("Software", "Software"),
            Map.entry("Labs", "Technology"),
            Map.entry("Health", "Healthcare"),
            Map.entry("Logistics", "Logistics"),
            Map.entry("Freight", "Logistics"),
            Map.entry("Capital", "Financial services"),
            Map.entry("Financial", "Financial services"),
            Map.entry("Partners", "Professional services"),
            Map.entry("Consulting", "Professional services"),
            Map.entry("Foods", "Food and beverage"),
            Map.entry("Energy", "Energy"),
            Map.entry("Robotics", "Industrial automation"),
            Map.entry("Manufacturing", "Manufacturing"),
            Map.entry("Media", "Media"),
            Map.entry("Insurance", "Insurance"),
            Map.entry("Retail", "Retail"),
            Map.entry("Biotech", "Biotechnology"),
            Map.entry("Pharma", "Pharmaceuticals"),
            Map.entry("Security", "Cybersecurity"),
            Map.entry("Networks", "Telecommunications"),
            Map.entry("Telecom", "Telecommunications"),
            Map.entry("Learning", "Education technology"));
    private static final Map<String, List<String>> AREA_CODES = Map.ofEntries(
            Map.entry("Chicago", List.of("312", "773", "872")),
            Map.entry("New York City", List.of("212", "646", "718")),
            Map.entry("Los Angeles", List.of("213", "310", "323")),
            Map.entry("San Francisco", List.of("415", "628")),
            Map.entry("Austin", List.of("512", "737")),
            Map.entry("Seattle", List.of("206")),
            Map.entry("Boston", List.of("617", "857")),
            Map.entry("Denver", List.of("303", "720")),
            Map.entry("Atlanta", List.of("404", "470")),
            Map.entry("Dallas", List.of("214", "469")),
            Map.entry("Houston", List.of("713", "832")),
            Map.entry("Milwaukee", List.of("414")),
            Map.entry("Minneapolis", List.of("612")),
            Map.entry("Detroit", List.of("313")),
            Map.entry("Indianapolis", List.of("317")),
            Map.entry("Columbus", List.of("614")));
    private static final List<String> OTHER_AREA_CODES = List.of(
            "201", "202", "203", "205", "208", "210", "215", "216", "217", "224", "248", "251", "253", "262", "267",
            "281", "301", "302", "304", "305", "309", "314", "316", "330", "336", "347", "385", "401", "402", "405",
            "407", "408", "410", "412", "413", "425", "434", "440", "443", "469", "480", "502", "503", "504", "505",
            "508", "510", "513", "515", "516", "517", "518", "520", "530", "540", "559", "561", "562", "571", "573",
            "585", "586", "601", "602", "603", "608", "609", "610", "615", "616", "619", "626", "630", "636", "646",
            "650", "651", "661", "678", "702", "703", "704", "708", "714", "716", "717", "719", "724", "727", "732",
            "734", "747", "754", "757", "760", "763", "765", "770", "774", "775", "781", "786", "801", "803", "804",
            "808", "810", "813", "814", "815", "816", "817", "818", "847", "850", "856", "858", "860", "862", "864",
            "901", "904", "908", "909", "910", "913", "914", "916", "917", "919", "925", "936", "941", "949", "952",
            "954", "970", "971", "972", "973", "978", "980", "984", "985");
    private static final Map<String, String> CURRENCIES = Map.of(
            "US", "USD", "CA", "CAD", "GB", "GBP", "DE", "EUR", "FR", "EUR", "ES", "EUR", "IT", "EUR", "NL", "EUR",
            "IE", "EUR", "AU", "AUD");
    private static final Map<String, long[]> PAY_BY_SENIORITY = Map.of(
            "INTERN", new long[] {35_000, 10_000},
            "JUNIOR", new long[] {50_000, 20_000},
            "MID", new long[] {75_000, 35_000},
            "SENIOR", new long[] {120_000, 45_000},
            "LEAD", new long[] {165_000, 50_000},
            "MANAGER", new long[] {120_000, 50_000},
            "DIRECTOR", new long[] {170_000, 60_000},
            "EXECUTIVE", new long[] {220_000, 100_000});
    private static final Map<String, Double> PAY_BY_FAMILY = Map.of(
            "software",
            1.2,
            "data",
            1.15,
            "security",
            1.15,
            "legal",
            1.1,
            "admin",
            0.7,
            "trades",
            0.8,
            "education",
            0.75,
            "customer-success",
            0.9);
    private static final Map<String, List<String>> CONTACT_TITLES = Map.of(
            "HIRING_MANAGER",
            List.of(
                    "Sales Manager",
                    "Director of Sales",
                    "Engineering Manager",
                    "VP of Engineering",
                    "Operations Manager",
                    "Marketing Manager"),
            "HR",
            List.of("HR Manager", "HR Business Partner", "Director of People"),
            "RECRUITER",
            List.of("Talent Acquisition Partner", "Technical Recruiter", "Talent Acquisition Manager"),
            "EXECUTIVE",
            List.of("Chief Revenue Officer", "Chief Operating Officer", "Chief Technology Officer"),
            "OTHER",
            List.of("Office Manager", "Executive Assistant"));

    private record Kind(Touch.Channel channel, Touch.Direction direction, Touch.Result result) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(Touch.Channel.EMAIL, Touch.Direction.OUTBOUND, Touch.Result.NO_ANSWER),
            new Kind(Touch.Channel.EMAIL, Touch.Direction.OUTBOUND, Touch.Result.REPLIED),
            new Kind(Touch.Channel.CALL, Touch.Direction.OUTBOUND, Touch.Result.NO_ANSWER),
            new Kind(Touch.Channel.CALL, Touch.Direction.OUTBOUND, Touch.Result.VOICEMAIL),
            new Kind(Touch.Channel.CALL, Touch.Direction.OUTBOUND, Touch.Result.CONVERSATION),
            new Kind(Touch.Channel.MESSAGE, Touch.Direction.OUTBOUND, Touch.Result.NO_ANSWER),
            new Kind(Touch.Channel.MESSAGE, Touch.Direction.OUTBOUND, Touch.Result.REPLIED),
            new Kind(Touch.Channel.EMAIL, Touch.Direction.INBOUND, Touch.Result.REPLIED),
            new Kind(Touch.Channel.CALL, Touch.Direction.INBOUND, Touch.Result.CONVERSATION),
            new Kind(Touch.Channel.MESSAGE, Touch.Direction.INBOUND, Touch.Result.REPLIED),
            new Kind(Touch.Channel.MEETING, Touch.Direction.OUTBOUND, Touch.Result.MEETING_BOOKED),
            new Kind(Touch.Channel.MEETING, Touch.Direction.OUTBOUND, Touch.Result.CONVERSATION),
            new Kind(Touch.Channel.NOTE, Touch.Direction.OUTBOUND, null));
    /** Mostly outbound: emails and calls that often go unanswered, some replies, meetings and notes. */
    private static final int[] KIND_WEIGHTS = {18, 12, 4, 9, 9, 8, 6, 8, 4, 4, 2, 4, 12};

    private static final List<String> STATUSES = List.of(Opening.FILLED, Opening.CLOSED, Opening.ON_HOLD, Opening.OPEN);
    private static final List<String> EMAIL_DOMAINS =
            List.of("example.com", "example.com", "example.net", "example.org");

    private final Samples samples;
    private final Instant now;
    private final boolean remember;
    private final Set<String> usedEmails = new HashSet<>();
    private final Set<String> usedPhones = new HashSet<>();
    private final Map<String, String> keys = new HashMap<>();

    /**
     * @param remember whether to keep every email and phone handed out (readable addresses, for the demo) rather
     *     than make them unique with the person's id
     */
    RandomAgency(Samples samples, Instant now, boolean remember) {
        this.samples = samples;
        this.now = now;
        this.remember = remember;
    }

    Samples samples() {
        return samples;
    }

    Instant now() {
        return now;
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    static String nameKey(String name) {
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    static String slug(String name) {
        return NOT_ALNUM.matcher(nameKey(name)).replaceAll("");
    }

    String cachedKey(String name) {
        return keys.computeIfAbsent(name, RandomAgency::nameKey);
    }

    Instant daysAgo(double days) {
        return now.minusSeconds((long) (days * 86_400));
    }

    Instant between(SplittableRandom random, Instant from, Instant to) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds(random.nextLong(span));
    }

    /** A title that fits a client contact's role: hiring managers manage, HR people work in HR. */
    Samples.Title contactTitle(String role, SplittableRandom random) {
        return samples.title(Dice.any(random, CONTACT_TITLES.get(role)));
    }

    Company company(long id, String name, Samples.City city, SplittableRandom random) {
        String kind = name.substring(name.lastIndexOf(' ') + 1);
        return new Company(
                id,
                name,
                INDUSTRIES.getOrDefault(kind, "Technology"),
                city,
                Phrases.companyNote(random),
                daysAgo(760 + random.nextDouble() * 400));
    }

    /** Older openings are mostly filled or closed, recent ones mostly open. */
    String status(LocalDate openedOn, SplittableRandom random) {
        long age = ChronoUnit.DAYS.between(openedOn, today());
        if (age > 120) {
            return Dice.weighted(random, STATUSES, 55, 35, 4, 6);
        }
        return age > 45
                ? Dice.weighted(random, STATUSES, 30, 15, 10, 45)
                : Dice.weighted(random, STATUSES, 5, 5, 10, 80);
    }

    Opening opening(
            long id,
            Company company,
            Samples.Title title,
            Samples.City city,
            LocalDate openedOn,
            String status,
            long ownerId,
            SplittableRandom random) {
        String seniority = seniority(title.name());
        long[] band = PAY_BY_SENIORITY.get(seniority);
        double factor = PAY_BY_FAMILY.getOrDefault(title.family(), 1.0) * (0.9 + random.nextDouble() * 0.2);
        long payMin = roundTo5k(band[0] * factor);
        long payMax = payMin + roundTo5k(band[1] * factor);
        LocalDate closedOn = null;
        if (Opening.FILLED.equals(status) || Opening.CLOSED.equals(status)) {
            long open = Math.max(1, ChronoUnit.DAYS.between(openedOn, today()) - 1);
            closedOn = openedOn.plusDays(Math.min(open, 14 + random.nextInt(106)));
        }
        return new Opening(
                id,
                company,
                title,
                city,
                Dice.percent(random, 12),
                seniority,
                payMin,
                payMax,
                CURRENCIES.getOrDefault(city.country(), "USD"),
                Phrases.cultureNote(random),
                status,
                openedOn,
                closedOn,
                ownerId);
    }

    static String seniority(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.startsWith("chief ") || t.startsWith("vp ") || t.equals("general counsel")) {
            return "EXECUTIVE";
        }
        if (t.startsWith("director") || t.endsWith(" director")) {
            return "DIRECTOR";
        }
        if (t.startsWith("staff ") || t.startsWith("principal ") || t.startsWith("lead ")) {
            return "LEAD";
        }
        if (t.contains("manager") || t.contains("superintendent") || t.contains("principal")) {
            return "MANAGER";
        }
        if (t.startsWith("senior ")) {
            return "SENIOR";
        }
        if (t.contains("assistant")
                || t.contains("coordinator")
                || t.contains("clerk")
                || t.contains("development rep")
                || t.contains("receptionist")
                || t.contains("technician")) {
            return "JUNIOR";
        }
        return "MID";
    }

    private static long roundTo5k(double amount) {
        return Math.round(amount / 5_000) * 5_000;
    }

    Person person(
            long id,
            SplittableRandom random,
            Samples.Title title,
            Samples.City city,
            String employer,
            long ownerId,
            Instant createdAt) {
        String first = samples.firstName(random);
        String last = samples.lastName(random);
        return person(id, first, last, random, title, city, employer, ownerId, createdAt);
    }

    Person person(
            long id,
            String first,
            String last,
            SplittableRandom random,
            Samples.Title title,
            Samples.City city,
            String employer,
            long ownerId,
            Instant createdAt) {
        return new Person(
                id,
                first,
                last,
                title.name(),
                employer,
                city,
                Dice.any(random, Phrases.SOURCES),
                ownerId,
                createdAt,
                emails(id, first, last, employer, random),
                phones(id, city, random),
                skills(title, random),
                tags(random),
                null);
    }

    private List<String> emails(long id, String first, String last, String employer, SplittableRandom random) {
        String local = slug(first) + (random.nextInt(4) == 0 ? "" : ".") + slug(last);
        List<String> emails = new ArrayList<>(2);
        emails.add(uniqueEmail(local, Dice.any(random, EMAIL_DOMAINS), id));
        if (employer != null && Dice.percent(random, 30)) {
            emails.add(uniqueEmail(local, slug(employer) + ".example", id));
        }
        return emails;
    }

    private String uniqueEmail(String local, String domain, long id) {
        if (!remember) {
            return local + id + "@" + domain;
        }
        String email = local + "@" + domain;
        for (int n = 2; !usedEmails.add(email); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }

    private List<String> phones(long id, Samples.City city, SplittableRandom random) {
        if (!city.inUs() || Dice.percent(random, 25)) {
            return List.of();
        }
        if (!remember) {
            String area = OTHER_AREA_CODES.get((int) ((id / 10_000) % OTHER_AREA_CODES.size()));
            return List.of(String.format("+1%s555%04d", area, id % 10_000));
        }
        List<String> areas = AREA_CODES.getOrDefault(city.name(), OTHER_AREA_CODES);
        for (int attempt = 0; attempt < 1_000; attempt++) {
            String area = attempt < 100 ? Dice.any(random, areas) : Dice.any(random, OTHER_AREA_CODES);
            String phone = String.format("+1%s55501%02d", area, random.nextInt(100));
            if (usedPhones.add(phone)) {
                return List.of(phone);
            }
        }
        return List.of();
    }

    private static List<String> skills(Samples.Title title, SplittableRandom random) {
        List<String> all = title.skills();
        List<String> skills = new ArrayList<>(all.subList(0, Math.min(2, all.size())));
        for (int i = 2; i < all.size(); i++) {
            if (Dice.percent(random, 45)) {
                skills.add(all.get(i));
            }
        }
        return skills;
    }

    private static List<String> tags(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return List.of();
        }
        String first = Dice.any(random, Phrases.TAGS);
        String second = Dice.any(random, Phrases.TAGS);
        return roll < 85 || first.equals(second) ? List.of(first) : List.of(first, second);
    }

    /** Touches spread between {@code from} and {@code until} (at the latest an hour ago): mostly outbound emails and calls, some replies and notes. */
    List<Touch> touches(Person person, int count, Instant from, Instant until, long userId, SplittableRandom random) {
        List<Touch> touches = new ArrayList<>(count);
        Instant latest = until.isAfter(now.minusSeconds(3_600)) ? now.minusSeconds(3_600) : until;
        Instant earliest = from.isBefore(now.minus(TWO_YEARS)) ? now.minus(TWO_YEARS) : from;
        for (int i = 0; i < count; i++) {
            touches.add(touch(
                    person, userId, workingHours(between(random, earliest, latest), earliest, latest, random), random));
        }
        touches.sort(Comparator.comparing(Touch::at));
        return touches;
    }

    /**
     * Moves a time to a weekday between 8:00 and 18:00 in Chicago (ignoring daylight saving), unless that would
     * leave the window.
     */
    private static Instant workingHours(Instant at, Instant earliest, Instant latest, SplittableRandom random) {
        long day = Math.floorDiv(at.getEpochSecond(), 86_400);
        long dayOfWeek = Math.floorMod(day + 3, 7);
        if (dayOfWeek >= 5 && random.nextInt(10) > 0) {
            day -= dayOfWeek - 4;
        }
        Instant moved = Instant.ofEpochSecond(day * 86_400 + 14 * 3_600 + random.nextInt(10 * 3_600));
        return moved.isBefore(earliest) || moved.isAfter(latest) ? at : moved;
    }

    private Touch touch(Person person, long userId, Instant at, SplittableRandom random) {
        Kind kind = Dice.weighted(random, KINDS, KIND_WEIGHTS);
        String summary = Phrases.touchSummary(
                kind.channel(),
                kind.direction(),
                kind.result(),
                random,
                person.title(),
                person.city().name());
        return new Touch(person.id(), null, userId, kind.channel(), kind.direction(), kind.result(), at, summary);
    }
}
