package io.rekindle.ingestion.imports;

import io.rekindle.followups.Channel;
import io.rekindle.followups.Direction;
import io.rekindle.followups.TouchData;
import io.rekindle.followups.TouchResult;
import io.rekindle.followups.Touches;
import io.rekindle.ingestion.ImportId;
import io.rekindle.ingestion.ImportStatus;
import io.rekindle.ingestion.imports.ImportStore.Job;
import io.rekindle.ingestion.imports.ImportStore.Outcome;
import io.rekindle.ingestion.imports.ImportStore.PendingRow;
import io.rekindle.ingestion.imports.ImportStore.RowState;
import io.rekindle.openings.Companies;
import io.rekindle.openings.CompanyData;
import io.rekindle.openings.CompanyDetails;
import io.rekindle.people.BatchDuplicates;
import io.rekindle.people.CheckedPerson;
import io.rekindle.people.DuplicateCandidate;
import io.rekindle.people.Duplicates;
import io.rekindle.people.People;
import io.rekindle.people.PersonData;
import io.rekindle.people.PersonDetails;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonUpdate;
import io.rekindle.people.Phone;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.Text;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through an import's pending rows in chunks, each chunk in one transaction that saves the records and marks
 * their rows with the record ids together: after a crash the next run starts at the first pending row and nothing is
 * created twice. A chunk that fails as a whole is retried row by row, so one bad row is rejected with its reason and
 * the rest go on. A person with a strong duplicate (the same e-mail) is merged into the one already kept: blank fields
 * filled, e-mails, phones, skills and tags added.
 */
@Service
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    static final int CHUNK = 2_000;
    /**
     * Duplicates at least this sure are merged into (the same e-mail, or the same phone with a similar name and the same
     * employer); weaker ones, such as the same phone with a similar name in the same city, are created for review.
     */
    static final double STRONG = 0.95;

    private final ImportStore store;
    private final People people;
    private final Duplicates duplicates;
    private final Companies companies;
    private final Touches touches;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, java.util.concurrent.atomic.LongAdder> nanos =
            new java.util.concurrent.ConcurrentHashMap<>();

    ImportRunner(
            ImportStore store,
            People people,
            Duplicates duplicates,
            Companies companies,
            Touches touches,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.store = store;
        this.people = people;
        this.duplicates = duplicates;
        this.companies = companies;
        this.touches = touches;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Runs an import from its first pending row to the end; running it again (after a crash) is safe. */
    public void run(ImportId id) {
        Job job = store.job(id).orElse(null);
        if (job == null || job.status() == ImportStatus.DONE || job.status() == ImportStatus.MAPPING) {
            return;
        }
        store.started(id, clock.instant());
        long after = 0;
        while (true) {
            long t = System.nanoTime();
            List<PendingRow> rows = store.pending(id, after, CHUNK);
            lap("load pending rows", t);
            if (rows.isEmpty()) {
                break;
            }
            runRows(job, rows);
            after = rows.get(rows.size() - 1).line();
        }
        store.finished(id, clock.instant());
    }

    /** Processes the first chunk of pending rows (a run stopped after it, in tests). */
    void runChunk(Job job, int size) {
        runRows(job, store.pending(job.id(), 0, size));
    }

    /** Saves the records of the given rows and marks the rows with them, the whole chunk or else row by row. */
    void runRows(Job job, List<PendingRow> rows) {
        try {
            long[] recorded = new long[1];
            transactions.executeWithoutResult(s -> {
                var outcomes = process(job, rows);
                long t = System.nanoTime();
                store.record(job.id(), outcomes);
                recorded[0] = lap("record row states", t);
            });
            lap("flush and commit", recorded[0]);
        } catch (ImportTakenOver stop) {
            throw stop;
        } catch (RuntimeException chunkFailed) {
            log.debug(
                    "Import {}: chunk from line {} failed, retrying row by row",
                    job.id(),
                    rows.get(0).line());
            for (PendingRow row : rows) {
                try {
                    transactions.executeWithoutResult(s -> store.record(job.id(), process(job, List.of(row))));
                } catch (ImportTakenOver stop) {
                    throw stop;
                } catch (RuntimeException e) {
                    var rejected = new Outcome(row.line(), RowState.REJECTED, null, reason(e));
                    transactions.executeWithoutResult(s -> store.record(job.id(), List.of(rejected)));
                }
            }
        }
    }

    private List<Outcome> process(Job job, List<PendingRow> rows) {
        return switch (job.kind()) {
            case PEOPLE -> people(job, rows);
            case COMPANIES -> companies(job, rows);
            case TOUCHES -> touches(job, rows);
        };
    }

    // People

    private record Candidate(long line, PersonData data, CheckedPerson checked, String note) {}

    /** A person the chunk creates: the first row for them and the later rows of the chunk merged into it. */
    /** Whom a row of the chunk ends up as: someone already kept, or a person the chunk creates. */
    private sealed interface Became permits Kept, Creation {}

    private record Kept(PersonId person) implements Became {}

    private static final class Creation implements Became {
        PersonData data;
        CheckedPerson checked;
        final List<Candidate> lines = new ArrayList<>();

        Creation(Candidate first) {
            data = first.data();
            checked = first.checked();
            lines.add(first);
        }
    }

    private List<Outcome> people(Job job, List<PendingRow> rows) {
        long started = System.nanoTime();
        var outcomes = new ArrayList<Outcome>();
        var candidates = new ArrayList<Candidate>();
        String source = sourceOf(job);
        for (PendingRow row : rows) {
            var values = new RowValues(job.mapping(), row.cells());
            PersonData data = values.person(source);
            if (data.fullName() == null) {
                if (data.emails().isEmpty() && data.phones().isEmpty()) {
                    outcomes.add(new Outcome(row.line(), RowState.SKIPPED, null, "no name, e-mail or phone"));
                } else {
                    outcomes.add(new Outcome(row.line(), RowState.REJECTED, null, "has no name"));
                }
                continue;
            }
            var checked = people.check(data);
            var problems = checked.problems();
            String note = null;
            if (!problems.isEmpty() && problems.stream().allMatch(p -> p.field().startsWith("phones["))) {
                // A phone that is not a number loses the phone, not the person.
                note = describe(problems) + " (left out)";
                data = withoutPhones(data, problems);
                checked = people.check(data);
                problems = checked.problems();
            }
            if (!problems.isEmpty()) {
                outcomes.add(new Outcome(row.line(), RowState.REJECTED, null, describe(problems)));
                continue;
            }
            candidates.add(new Candidate(row.line(), data, checked, note));
        }
        long t = lap("map and check rows", started);
        var found = duplicates.likelyDuplicatesInBatch(
                candidates.stream().map(Candidate::data).toList());
        t = lap("duplicate checks", t);
        var creations = new ArrayList<Creation>();
        var mergesInto = new LinkedHashMap<PersonId, List<Candidate>>();
        var becameOf = new Became[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            Became became = joins(found, i, becameOf);
            if (became instanceof Kept kept) {
                mergesInto
                        .computeIfAbsent(kept.person(), p -> new ArrayList<>())
                        .add(candidate);
            } else if (became instanceof Creation creation) {
                PersonData both = merged(creation.data, candidate.data());
                CheckedPerson checkedBoth = people.check(both);
                if (!checkedBoth.problems().isEmpty()) {
                    outcomes.add(
                            new Outcome(candidate.line(), RowState.REJECTED, null, describe(checkedBoth.problems())));
                    continue;
                }
                creation.data = both;
                creation.checked = checkedBoth;
                creation.lines.add(candidate);
            } else {
                var creation = new Creation(candidate);
                creations.add(creation);
                became = creation;
            }
            becameOf[i] = became;
        }
        var targets = people.details(mergesInto.keySet());
        var updates = new ArrayList<PersonUpdate>();
        for (var merge : mergesInto.entrySet()) {
            PersonDetails existing = targets.get(merge.getKey());
            if (existing == null) {
                existing = people.get(merge.getKey());
            }
            PersonData data = asData(existing);
            PersonData result = data;
            for (Candidate c : merge.getValue()) {
                result = merged(result, c.data());
                outcomes.add(
                        new Outcome(c.line(), RowState.MERGED, merge.getKey().value(), c.note()));
            }
            if (!result.equals(data)) {
                updates.add(new PersonUpdate(merge.getKey(), existing.version(), result));
            }
        }
        people.updateAll(updates);
        t = lap("merge into existing people", t);
        List<PersonId> ids =
                people.createAll(creations.stream().map(c -> c.checked).toList());
        for (int i = 0; i < ids.size(); i++) {
            var lines = creations.get(i).lines;
            outcomes.add(new Outcome(
                    lines.get(0).line(),
                    RowState.CREATED,
                    ids.get(i).value(),
                    lines.get(0).note()));
            for (Candidate merged : lines.subList(1, lines.size())) {
                outcomes.add(
                        new Outcome(merged.line(), RowState.MERGED, ids.get(i).value(), merged.note()));
            }
        }
        lap("create people", t);
        return outcomes;
    }

    /**
     * Who row i is surely the same human as: someone already kept, else whoever an earlier row of the chunk became,
     * else null.
     */
    private static Became joins(BatchDuplicates found, int i, Became[] becameOf) {
        Optional<DuplicateCandidate> kept =
                found.ofKept().get(i).stream().filter(c -> c.score() >= STRONG).findFirst();
        if (kept.isPresent()) {
            return new Kept(kept.get().person());
        }
        return found.ofEarlierRows().get(i).stream()
                .filter(e -> e.score() >= STRONG && becameOf[e.row()] != null)
                .map(e -> becameOf[e.row()])
                .findFirst()
                .orElse(null);
    }

    private static String sourceOf(Job job) {
        String format = "CSV".equals(job.format()) ? "CSV" : job.format();
        String source = "Import: " + format;
        return source.length() > 100 ? source.substring(0, 100) : source;
    }

    /** The kept data with what a newer row adds: blank fields filled, e-mails, phones, skills and tags added. */
    static PersonData merged(PersonData kept, PersonData row) {
        var location = kept.location().known() ? kept.location() : row.location();
        return new PersonData(
                kept.fullName(),
                union(kept.emails(), row.emails()),
                union(kept.phones(), row.phones()),
                kept.currentTitle() != null ? kept.currentTitle() : row.currentTitle(),
                kept.currentEmployer() != null ? kept.currentEmployer() : row.currentEmployer(),
                location,
                union(kept.skills(), row.skills()),
                union(kept.tags(), row.tags()),
                kept.source() != null ? kept.source() : row.source(),
                kept.owner(),
                kept.doNotContact(),
                kept.doNotContactReason(),
                kept.createdAt());
    }

    private static PersonData withoutPhones(PersonData d, List<InvalidInputException.FieldProblem> problems) {
        var bad = problems.stream()
                .map(p -> Integer.parseInt(p.field().replaceAll("\\D", "")))
                .collect(Collectors.toSet());
        var phones = new ArrayList<String>();
        for (int i = 0; i < d.phones().size(); i++) {
            if (!bad.contains(i)) {
                phones.add(d.phones().get(i));
            }
        }
        return new PersonData(
                d.fullName(),
                d.emails(),
                phones,
                d.currentTitle(),
                d.currentEmployer(),
                d.location(),
                d.skills(),
                d.tags(),
                d.source(),
                d.owner(),
                d.doNotContact(),
                d.doNotContactReason(),
                d.createdAt());
    }

    private static PersonData asData(PersonDetails p) {
        return new PersonData(
                p.fullName(),
                p.emails(),
                Phone.e164s(p.phones()),
                p.currentTitle(),
                p.currentEmployer(),
                p.location(),
                p.skills(),
                p.tags(),
                p.source(),
                p.owner(),
                p.consent().doNotContact(),
                p.consent().reason(),
                null);
    }

    private static List<String> union(List<String> a, List<String> b) {
        var keys = new LinkedHashSet<String>();
        var result = new ArrayList<String>();
        for (String value : Stream.concat(a.stream(), b.stream()).toList()) {
            if (keys.add(value.strip().toLowerCase(Locale.ROOT))) {
                result.add(value);
            }
        }
        return List.copyOf(result);
    }

    // Companies

    private List<Outcome> companies(Job job, List<PendingRow> rows) {
        var outcomes = new ArrayList<Outcome>();
        for (PendingRow row : rows) {
            var values = new RowValues(job.mapping(), row.cells());
            String name = values.one(ImportField.COMPANY_NAME);
            if (name == null) {
                outcomes.add(new Outcome(row.line(), RowState.SKIPPED, null, "no company name"));
                continue;
            }
            var data = new CompanyData(
                    name,
                    values.one(ImportField.WEBSITE),
                    values.one(ImportField.INDUSTRY),
                    values.one(ImportField.CITY),
                    values.one(ImportField.REGION),
                    RowValues.country(values.one(ImportField.COUNTRY)),
                    values.one(ImportField.NOTES));
            Optional<CompanyDetails> existing = companies.find(name, PageRequest.of(0, 20)).stream()
                    .filter(c -> Text.key(c.name()).equals(Text.key(name)))
                    .findFirst();
            if (existing.isPresent()) {
                CompanyDetails c = existing.get();
                var filled = new CompanyData(
                        c.name(),
                        c.website() != null ? c.website() : data.website(),
                        c.industry() != null ? c.industry() : data.industry(),
                        c.city() != null ? c.city() : data.city(),
                        c.region() != null ? c.region() : data.region(),
                        c.country() != null ? c.country() : data.country(),
                        c.notes() != null ? c.notes() : data.notes(),
                        c.relationship());
                companies.update(c.id(), c.version(), filled);
                outcomes.add(new Outcome(row.line(), RowState.MERGED, c.id().value(), null));
            } else {
                outcomes.add(new Outcome(
                        row.line(),
                        RowState.CREATED,
                        companies.create(data).id().value(),
                        null));
            }
        }
        return outcomes;
    }

    // Touches

    private List<Outcome> touches(Job job, List<PendingRow> rows) {
        var outcomes = new ArrayList<Outcome>();
        for (PendingRow row : rows) {
            var values = new RowValues(job.mapping(), row.cells());
            var emails = values.all(ImportField.EMAIL);
            if (emails.isEmpty()) {
                outcomes.add(new Outcome(row.line(), RowState.REJECTED, null, "has no e-mail to find the person by"));
                continue;
            }
            var probe = new PersonData(
                    null, emails, List.of(), null, null, null, null, null, null, null, false, null, null);
            var person = duplicates.likelyDuplicatesOf(probe).stream()
                    .filter(c -> c.score() >= STRONG)
                    .findFirst();
            if (person.isEmpty()) {
                outcomes.add(
                        new Outcome(row.line(), RowState.REJECTED, null, "no person with the e-mail " + emails.get(0)));
                continue;
            }
            var touch = new TouchData(
                    person.get().person(),
                    null,
                    Values.parseEnum(Channel.class, values.one(ImportField.CHANNEL), Channel.NOTE),
                    Values.parseEnum(Direction.class, values.one(ImportField.DIRECTION), Direction.OUTBOUND),
                    Values.parseEnum(TouchResult.class, values.one(ImportField.RESULT), null),
                    values.one(ImportField.NOTES),
                    Values.instant(values.one(ImportField.OCCURRED_AT), clock));
            outcomes.add(new Outcome(
                    row.line(), RowState.CREATED, touches.log(touch).id().value(), null));
        }
        return outcomes;
    }

    static String describe(List<InvalidInputException.FieldProblem> problems) {
        return problems.stream().map(p -> label(p.field()) + " " + p.message()).collect(Collectors.joining("; "));
    }

    private static String label(String field) {
        String base = field.replaceAll("\\[\\d+]", "");
        return switch (base) {
            case "fullName" -> "name";
            case "emails" -> "e-mail:";
            case "phones" -> "phone:";
            case "currentTitle" -> "title";
            case "currentEmployer" -> "employer";
            case "location.country" -> "country";
            default -> base;
        };
    }

    private static String reason(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return describe(invalid.problems());
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "could not be saved" : "could not be saved: " + message;
    }

    private long lap(String phase, long since) {
        long now = System.nanoTime();
        nanos.computeIfAbsent(phase, p -> new java.util.concurrent.atomic.LongAdder())
                .add(now - since);
        return now;
    }

    /** Time spent so far in each phase of people imports, in milliseconds (benchmarks). */
    Map<String, Long> phaseMillis() {
        var result = new LinkedHashMap<String, Long>();
        nanos.forEach((phase, total) -> result.put(phase, total.sum() / 1_000_000));
        return result;
    }
}
