package io.rekindle.ingestion;

import io.rekindle.ingestion.ResumeFields.FoundLocation;
import io.rekindle.ingestion.ResumeFields.Position;
import io.rekindle.people.PhoneNumbers;
import io.rekindle.platform.Gazetteer;
import io.rekindle.platform.Place;
import io.rekindle.platform.SkillDictionary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds a person's fields in the text of a resume: name, e-mails, phones (libphonenumber), location (the platform
 * gazetteer, so it has coordinates), positions with their dates, current title and employer, skills (the platform
 * skills dictionary), years of experience and education. Rules, not a model: the header (the first lines) carries
 * name and contact details; headings split the rest into sections; a date range marks a position, and the short lines
 * around it carry its title and employer. Thread-safe.
 */
@Component
class FieldFinder {

    private static final int HEADER_LINES = 12;

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DATE = "(?:" + MONTH + ",?\\s+\\d{4}|\\d{1,2}/\\d{4}|\\d{4})";
    private static final Pattern RANGE = Pattern.compile(
            "\\(?\\s*(" + DATE + ")\\s*(?:-|–|—|to|until|till)\\s*(" + DATE
                    + "|present|current|now|today|till date|to date|date)\\s*\\)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_NAME = Pattern.compile(MONTH, Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS_OF_EXPERIENCE = Pattern.compile(
            "(\\d{1,2})\\s*\\+?\\s*(?:years|yrs)\\.?(?:\\s+of)?(?:\\s+[\\w-]+){0,3}?\\s+experience",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:\\||•|·|▪|♦|\\t|\\s{3,}|\\s[–—]\\s|\\s-\\s)\\s*");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:name|full name|location|address|based in|city|e-?mail|phone|mobile|tel|cell|title|current title)"
                    + "\\s*[:\\-]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEGREE = Pattern.compile(
            "\\b(?:bachelor|master|mba|ph\\.?\\s?d|doctorate|b\\.?\\s?sc|m\\.?\\s?sc|b\\.?a\\.|b\\.?s\\.|m\\.?s\\.|"
                    + "b\\.?\\s?e\\.?|b\\.?\\s?tech|m\\.?\\s?tech|b\\.?\\s?com|m\\.?\\s?com|bca|mca|diploma|associate of|"
                    + "university|college|institute|school of)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPANY = Pattern.compile(
            "\\b(?:inc|llc|ltd|limited|corp|corporation|co|company|gmbh|ag|sa|plc|llp|group|bank|partners|"
                    + "technologies|solutions|systems|labs|software|services|consulting|studio|agency|pvt|holdings)\\b\\.?",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> TITLE_WORDS = Set.copyOf(List.of(
            "engineer",
            "developer",
            "programmer",
            "architect",
            "manager",
            "director",
            "executive",
            "analyst",
            "consultant",
            "specialist",
            "coordinator",
            "administrator",
            "admin",
            "recruiter",
            "sourcer",
            "representative",
            "rep",
            "associate",
            "officer",
            "lead",
            "head",
            "president",
            "vp",
            "designer",
            "scientist",
            "accountant",
            "assistant",
            "intern",
            "advisor",
            "adviser",
            "partner",
            "teacher",
            "nurse",
            "technician",
            "supervisor",
            "founder",
            "ceo",
            "cto",
            "cfo",
            "coo",
            "agent",
            "writer",
            "editor",
            "trainer",
            "planner",
            "buyer",
            "clerk",
            "controller",
            "auditor",
            "attorney",
            "lawyer",
            "paralegal",
            "tester",
            "devops",
            "sre",
            "strategist",
            "generalist",
            "producer",
            "marketer",
            "operator",
            "owner",
            "principal",
            "fellow",
            "researcher",
            "professor",
            "lecturer",
            "instructor",
            "therapist",
            "pharmacist",
            "physician",
            "economist",
            "statistician",
            "salesperson",
            "bookkeeper",
            "receptionist",
            "secretary",
            "chef",
            "cashier",
            "superintendent",
            "foreman",
            "electrician",
            "mechanic",
            "draftsman",
            "surveyor",
            "estimator",
            "inspector",
            "merchandiser",
            "buyer",
            "banker",
            "underwriter",
            "actuary",
            "broker",
            "hr",
            "leader",
            "expert",
            "trainee"));

    private static final Pattern COMPANY_END = Pattern.compile(
            "\\b(?:inc|llc|ltd|limited|corp|corporation|co|company|gmbh|ag|sa|plc|llp|group|bank|partners|"
                    + "technologies|solutions|systems|labs|software|services|consulting|agency|pvt|holdings)\\.?$",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> HEADINGS = headings();

    private final PhoneNumbers phoneNumbers;
    private final Gazetteer gazetteer;
    private final SkillDictionary skills;
    private final Clock clock;

    FieldFinder(PhoneNumbers phoneNumbers, Gazetteer gazetteer, SkillDictionary skills, Clock clock) {
        this.phoneNumbers = phoneNumbers;
        this.gazetteer = gazetteer;
        this.skills = skills;
        this.clock = clock;
    }

    ResumeFields find(String text) {
        List<String> lines = lines(text);
        Map<String, List<String>> sections = sections(lines);
        List<String> header = lines.subList(0, Math.min(HEADER_LINES, lines.size()));
        String name = name(header);
        List<Position> positions = positions(sections.getOrDefault("experience", lines));
        Position current = positions.stream()
                .filter(Position::current)
                .findFirst()
                .orElse(positions.isEmpty() ? null : positions.get(0));
        String title = current == null ? null : current.title();
        String employer = current == null ? null : current.employer();
        if (title == null) {
            title = headline(header, name);
        }
        return new ResumeFields(
                name,
                emails(text),
                phoneNumbers.findIn(text),
                location(header, name).orElse(null),
                title,
                employer,
                positions,
                skills(sections, text),
                yearsOfExperience(text, positions),
                education(sections.get("education"), lines));
    }

    // ---------------------------------------------------------------- lines and sections

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\n")) {
            String l = line.replaceAll("^[\\s•·▪♦●◦*>-]+", "").strip();
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static Map<String, String> headings() {
        Map<String, String> h = new LinkedHashMap<>();
        for (String s : List.of(
                "experience",
                "work experience",
                "professional experience",
                "employment",
                "employment history",
                "work history",
                "career history",
                "relevant experience",
                "professional background",
                "career",
                "experience details")) {
            h.put(s, "experience");
        }
        for (String s : List.of(
                "education",
                "education details",
                "academic background",
                "academic qualifications",
                "qualifications",
                "education and training",
                "education & training")) {
            h.put(s, "education");
        }
        for (String s : List.of(
                "skills",
                "technical skills",
                "key skills",
                "core skills",
                "core competencies",
                "competencies",
                "skills & tools",
                "skills and tools",
                "areas of expertise",
                "expertise",
                "technologies",
                "skills & expertise",
                "skills and expertise",
                "professional skills",
                "it skills",
                "tools")) {
            h.put(s, "skills");
        }
        for (String s : List.of(
                "summary",
                "profile",
                "professional summary",
                "objective",
                "career objective",
                "certifications",
                "certificates",
                "projects",
                "languages",
                "interests",
                "references",
                "awards",
                "contact",
                "personal details",
                "achievements",
                "publications",
                "volunteering",
                "skill details",
                "company details",
                "about me",
                "hobbies",
                "training",
                "personal information",
                "additional information")) {
            h.put(s, "other");
        }
        return h;
    }

    static String heading(String line) {
        if (line.length() > 40) {
            return null;
        }
        String key = line.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}& ]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return HEADINGS.get(key);
    }

    /** The lines of each kind of section, the first section of a kind only ("skills", "experience", ...). */
    static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String current = null;
        List<String> body = null;
        for (String line : lines) {
            String kind = heading(line);
            if (kind != null) {
                current = sections.containsKey(kind) ? null : kind;
                body = current == null ? null : new ArrayList<>();
                if (current != null) {
                    sections.put(current, body);
                }
            } else if (body != null) {
                body.add(line);
            }
        }
        return sections;
    }

    // ---------------------------------------------------------------- name, contact, location

    private static String name(List<String> header) {
        for (String raw : header) {
            String line = raw;
            Matcher label = LABEL.matcher(line);
            if (label.find()) {
                if (!line.toLowerCase(Locale.ROOT).startsWith("name")
                        && !line.toLowerCase(Locale.ROOT).startsWith("full name")) {
                    continue;
                }
                line = line.substring(label.end());
            }
            String first = SPLIT.split(line)[0].replaceAll(",.*$", "").strip();
            if (looksLikeName(first)) {
                return properCase(first);
            }
        }
        return null;
    }

    static boolean looksLikeName(String s) {
        if (s.isEmpty() || s.length() > 50 || s.contains("@") || s.matches(".*\\d.*") || heading(s) != null) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() || isTitleWord(w)) {
                return false;
            }
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return !lower.contains("resume") && !lower.contains("curriculum") && !lower.contains("vitae");
    }

    private static String properCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    private static List<String> emails(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            found.add(m.group().toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(found);
    }

    private Optional<FoundLocation> location(List<String> header, String name) {
        List<String> pieces = new ArrayList<>();
        for (String line : header) {
            Matcher label = LABEL.matcher(line);
            if (label.find()) {
                String key = line.substring(0, label.end()).toLowerCase(Locale.ROOT);
                if (key.startsWith("location")
                        || key.startsWith("address")
                        || key.startsWith("based")
                        || key.startsWith("city")) {
                    pieces.add(0, line.substring(label.end()));
                }
                continue;
            }
            if (RANGE.matcher(line).find()) {
                continue;
            }
            for (String piece : SPLIT.split(line)) {
                pieces.add(piece);
            }
        }
        for (String piece : pieces) {
            String p = piece.strip();
            if (p.isEmpty()
                    || p.contains("@")
                    || p.contains("http")
                    || p.contains("www.")
                    || p.split("\\s+").length > 8
                    || (name != null && p.startsWith(name))) {
                continue;
            }
            if (!p.contains(",") && p.split("\\s+").length > 3) {
                continue;
            }
            if (!p.contains(",") && !p.matches(".*\\b\\p{Lu}{2}\\b.*")) {
                continue;
            }
            Optional<Place> place = gazetteer.parse(p);
            if (place.isPresent()) {
                Place found = place.get();
                return Optional.of(new FoundLocation(
                        p, found.name(), found.readableRegion(), found.country(), found.latitude(), found.longitude()));
            }
        }
        return Optional.empty();
    }

    private static String headline(List<String> header, String name) {
        for (String line : header) {
            if (name != null && line.startsWith(name)) {
                continue;
            }
            Matcher label = LABEL.matcher(line);
            if (label.find()) {
                if (line.toLowerCase(Locale.ROOT).contains("title")) {
                    return line.substring(label.end()).strip();
                }
                continue;
            }
            for (String piece : SPLIT.split(line)) {
                String p = piece.replaceAll("(?i)\\s+at\\s+.*$", "").strip();
                if (isTitle(p) && p.split("\\s+").length <= 6) {
                    return p;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- positions

    List<Position> positions(List<String> lines) {
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher range = RANGE.matcher(line);
            if (!range.find()) {
                continue;
            }
            String from = date(range.group(1));
            String to = date(range.group(2));
            List<String> pieces = new ArrayList<>();
            String rest = (line.substring(0, range.start()) + "  |  " + line.substring(range.end())).strip();
            pieces.addAll(pieces(rest));
            if (!hasTitle(pieces) || pieces.size() < 2) {
                for (int back = 1; back <= 2 && i - back >= 0; back++) {
                    String prev = lines.get(i - back);
                    if (!usable(prev)) {
                        break;
                    }
                    pieces.addAll(pieces(prev));
                    if (hasTitle(pieces) && pieces.size() >= 2) {
                        break;
                    }
                }
            }
            if ((!hasTitle(pieces) || pieces.size() < 2) && i + 1 < lines.size() && usable(lines.get(i + 1))) {
                pieces.addAll(pieces(lines.get(i + 1)));
            }
            String title =
                    pieces.stream().filter(FieldFinder::isTitle).findFirst().orElse(null);
            String employer = pieces.stream()
                    .filter(p -> !p.equals(title))
                    .filter(p -> COMPANY.matcher(p).find())
                    .findFirst()
                    .orElse(pieces.stream()
                            .filter(p -> !p.equals(title))
                            .filter(p -> !isPlace(p))
                            .findFirst()
                            .orElse(null));
            if (title == null && employer == null) {
                continue;
            }
            employer = withoutPlace(employer);
            positions.add(new Position(title, employer, from, to));
        }
        return positions;
    }

    /** "Acme Corp, Chicago, IL" is Acme Corp. */
    private String withoutPlace(String employer) {
        if (employer == null) {
            return null;
        }
        int comma = employer.indexOf(", ");
        if (comma > 0 && gazetteer.parse(employer.substring(comma + 2)).isPresent()) {
            return employer.substring(0, comma).strip();
        }
        return employer;
    }

    private static boolean usable(String line) {
        int words = line.split("\\s+").length;
        return words <= 12
                && !(line.endsWith(".") && words > 5)
                && heading(line) == null
                && !RANGE.matcher(line).find()
                && !line.contains("@");
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        String t = text.replaceAll("(?i)^(?:company|designation|role|title|position|employer)\\s*[:\\-]\\s*", "");
        for (String part : SPLIT.split(t)) {
            String p = part.strip();
            Matcher at = Pattern.compile("(?i)^(.+?)\\s+at\\s+(.+)$").matcher(p);
            if (at.matches() && isTitle(at.group(1))) {
                pieces.add(at.group(1).strip());
                pieces.add(at.group(2).strip());
                continue;
            }
            int comma = p.indexOf(", ");
            if (comma > 0 && isTitle(p.substring(0, comma)) && !isTitle(p.substring(comma + 2))) {
                pieces.add(p.substring(0, comma).strip());
                p = p.substring(comma + 2).strip();
            }
            p = p.replaceAll("^[,;:()\\s]+|[,;:()\\s]+$", "");
            if (!p.isEmpty() && p.length() <= 80) {
                pieces.add(p);
            }
        }
        return pieces;
    }

    private static boolean hasTitle(List<String> pieces) {
        return pieces.stream().anyMatch(FieldFinder::isTitle);
    }

    static boolean isTitle(String text) {
        if (text == null
                || text.isBlank()
                || text.length() > 80
                || text.contains("@")
                || COMPANY_END.matcher(text.strip()).find()) {
            return false;
        }
        for (String word : text.split("[\\s/,()&-]+")) {
            if (isTitleWord(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        boolean known =
                TITLE_WORDS.contains(w) || (w.endsWith("s") && TITLE_WORDS.contains(w.substring(0, w.length() - 1)));
        return known && (w.length() > 3 || Character.isUpperCase(word.charAt(0)));
    }

    private boolean isPlace(String text) {
        return text.contains(",") && gazetteer.parse(text).isPresent()
                || text.split("\\s+").length <= 2 && !gazetteer.named(text).isEmpty();
    }

    private static String date(String written) {
        String d = written.toLowerCase(Locale.ROOT).strip();
        Matcher year = YEAR.matcher(d);
        if (!year.find()) {
            return null;
        }
        String y = year.group();
        Matcher month = MONTH_NAME.matcher(d);
        if (month.find()) {
            int m = monthNumber(month.group());
            return y + "-" + (m < 10 ? "0" + m : m);
        }
        Matcher numeric = Pattern.compile("(\\d{1,2})/\\d{4}").matcher(d);
        if (numeric.find()) {
            int m = Integer.parseInt(numeric.group(1));
            if (m >= 1 && m <= 12) {
                return y + "-" + (m < 10 ? "0" + m : m);
            }
        }
        return y;
    }

    private static int monthNumber(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                        .indexOf(m)
                + 1;
    }

    // ---------------------------------------------------------------- skills, experience, education

    private List<String> skills(Map<String, List<String>> sections, String text) {
        List<String> section = sections.get("skills");
        if (section != null) {
            List<String> found = skills.findIn(String.join("\n", section));
            if (found.size() >= 2) {
                return found;
            }
        }
        for (String line : lines(text)) {
            Matcher m = Pattern.compile("(?i)^(?:technical\\s+|key\\s+|core\\s+)?skills\\s*[:\\-*]\\s*(.+)$")
                    .matcher(line);
            if (m.matches()) {
                List<String> found = skills.findIn(m.group(1));
                if (found.size() >= 2) {
                    return found;
                }
            }
        }
        return skills.findIn(text);
    }

    private Integer yearsOfExperience(String text, List<Position> positions) {
        Matcher m = YEARS_OF_EXPERIENCE.matcher(text);
        int stated = -1;
        while (m.find()) {
            stated = Math.max(stated, Integer.parseInt(m.group(1)));
        }
        if (stated >= 0 && stated < 60) {
            return stated;
        }
        YearMonth now = YearMonth.from(LocalDate.now(clock));
        YearMonth earliest = null;
        for (Position p : positions) {
            YearMonth from = yearMonth(p.from());
            if (from != null && !from.isAfter(now) && (earliest == null || from.isBefore(earliest))) {
                earliest = from;
            }
        }
        if (earliest == null) {
            return null;
        }
        return (int) (java.time.temporal.ChronoUnit.MONTHS.between(earliest, now) / 12);
    }

    private static YearMonth yearMonth(String date) {
        if (date == null) {
            return null;
        }
        return date.length() == 4 ? YearMonth.of(Integer.parseInt(date), 1) : YearMonth.parse(date);
    }

    private static List<String> education(List<String> section, List<String> lines) {
        List<String> source = section != null ? section : lines;
        List<String> found = new ArrayList<>();
        for (String line : source) {
            if (DEGREE.matcher(line).find() && line.length() <= 160) {
                found.add(line);
                if (found.size() == 5) {
                    break;
                }
            }
        }
        return found;
    }
}
