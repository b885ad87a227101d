package io.rekindle.people;

import io.rekindle.people.DuplicateMatcher.Probe;
import io.rekindle.platform.UserId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The duplicate scan: every kept person compared with everyone else through the same indexed keys as on the way in, in
 * batches; pairs go to {@code duplicate_pair}, where a "not a duplicate" decision outlives later scans.
 */
@Component
class DuplicateScan {

    private static final Logger log = LoggerFactory.getLogger(DuplicateScan.class);
    static final String OPEN = "OPEN";
    static final String NOT_DUPLICATE = "NOT_DUPLICATE";

    private final JdbcClient jdbc;
    private final DuplicateMatcher matcher;
    private final PersonRepository people;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DuplicateScan(
            JdbcClient jdbc,
            DuplicateMatcher matcher,
            PersonRepository people,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.matcher = matcher;
        this.people = people;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Replaces the open pairs with those found now; returns how many pairs are open. */
    int scan() {
        long started = System.nanoTime();
        Set<Pair> decided = new HashSet<>(transactions.execute(
                s -> jdbc.sql("select person_a, person_b from duplicate_pair where status = :status")
                        .param("status", NOT_DUPLICATE)
                        .query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2)))
                        .list()));
        var found = new LinkedHashMap<Pair, DuplicateCandidate>();
        long after = 0;
        while (true) {
            final long from = after;
            List<Probe> probes = transactions.execute(s -> storedProbes(from, DuplicateMatcher.CHUNK));
            if (probes.isEmpty()) {
                break;
            }
            List<List<DuplicateCandidate>> answers = transactions.execute(s -> matcher.match(probes));
            for (int i = 0; i < probes.size(); i++) {
                long self = probes.get(i).self();
                for (DuplicateCandidate candidate : answers.get(i)) {
                    long other = candidate.person().value();
                    var pair = new Pair(Math.min(self, other), Math.max(self, other));
                    if (!decided.contains(pair)) {
                        found.merge(pair, candidate, (a, b) -> a.score() >= b.score() ? a : b);
                    }
                }
            }
            after = probes.get(probes.size() - 1).self();
        }
        Instant now = clock.instant();
        transactions.executeWithoutResult(s -> {
            jdbc.sql("delete from duplicate_pair where status = :status")
                    .param("status", OPEN)
                    .update();
            found.forEach((pair, candidate) -> jdbc.sql(
                            "insert into duplicate_pair (person_a, person_b, reasons, score, status, found_at)"
                                    + " values (:a, :b, :reasons, :score, :status, :at)")
                    .param("a", pair.a())
                    .param("b", pair.b())
                    .param("reasons", truncate(String.join("\n", candidate.reasons()), 2000))
                    .param("score", candidate.score())
                    .param("status", OPEN)
                    .param("at", Timestamp.from(now))
                    .update());
        });
        log.info("Duplicate scan: {} pairs in {} ms", found.size(), (System.nanoTime() - started) / 1_000_000);
        return found.size();
    }

    /** The open pairs whose people are both still kept, most likely first. */
    Page<DuplicatePair> pairs(Pageable page) {
        String from = " from duplicate_pair d join person a on a.id = d.person_a join person b on b.id = d.person_b"
                + " where d.status = :status and a.merged_into is null and b.merged_into is null";
        long total = jdbc.sql("select count(*)" + from)
                .param("status", OPEN)
                .query(Long.class)
                .single();
        record Row(long a, long b, String reasons, double score, Instant foundAt) {}
        List<Row> rows = jdbc.sql("select d.person_a, d.person_b, d.reasons, d.score, d.found_at" + from
                        + " order by d.score desc, d.person_a, d.person_b offset " + page.getOffset()
                        + " rows fetch first " + page.getPageSize() + " rows only")
                .param("status", OPEN)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getDouble(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
        var ids = new HashSet<Long>();
        rows.forEach(r -> {
            ids.add(r.a());
            ids.add(r.b());
        });
        Map<Long, PersonSummary> summaries = new HashMap<>();
        people.findAllById(ids).forEach(p -> summaries.put(p.id().value(), p.summary()));
        var pairs = new ArrayList<DuplicatePair>();
        for (Row r : rows) {
            pairs.add(new DuplicatePair(
                    summaries.get(r.a()),
                    summaries.get(r.b()),
                    List.of(r.reasons().split("\n")),
                    r.score(),
                    r.foundAt()));
        }
        return new PageImpl<>(pairs, page, total);
    }

    /** Must run in a transaction. */
    void notDuplicate(PersonId first, PersonId second, UserId by) {
        var pair = new Pair(Math.min(first.value(), second.value()), Math.max(first.value(), second.value()));
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update duplicate_pair set status = :status, decided_by = :by, decided_at = :at"
                        + " where person_a = :a and person_b = :b")
                .param("status", NOT_DUPLICATE)
                .param("by", by == null ? null : by.value())
                .param("at", now)
                .param("a", pair.a())
                .param("b", pair.b())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into duplicate_pair (person_a, person_b, reasons, score, status, found_at, decided_by,"
                            + " decided_at) values (:a, :b, '', 0, :status, :at, :by, :at)")
                    .param("a", pair.a())
                    .param("b", pair.b())
                    .param("status", NOT_DUPLICATE)
                    .param("at", now)
                    .param("by", by == null ? null : by.value())
                    .update();
        }
    }

    /** Whether the two were marked as not the same human. */
    boolean markedDistinct(PersonId first, PersonId second) {
        return jdbc.sql("select count(*) from duplicate_pair where person_a = :a and person_b = :b and status = :s")
                        .param("a", Math.min(first.value(), second.value()))
                        .param("b", Math.max(first.value(), second.value()))
                        .param("s", NOT_DUPLICATE)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Kept people after the given id, as they are compared (must run in a transaction). */
    List<Probe> storedProbes(long after, int limit) {
        record Row(long id, String fullName, String sound, String employer, String city) {}
        List<Row> rows = jdbc.sql("select id, full_name, name_sound, current_employer, city from person"
                        + " where id > :after and merged_into is null order by id fetch first " + limit
                        + " rows only")
                .param("after", after)
                .query((rs, n) ->
                        new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        return probes(
                rows.stream().map(Row::id).toList(),
                rows.stream()
                        .map(r -> new Probe(
                                r.id(),
                                MatchKeys.name(r.fullName()),
                                r.sound(),
                                new LinkedHashMap<>(),
                                new ArrayList<>(),
                                MatchKeys.organization(r.employer()),
                                MatchKeys.city(r.city())))
                        .toList());
    }

    /** The stored probe of each given person (must run in a transaction). */
    List<Probe> storedProbes(List<PersonId> ids) {
        var found = new ArrayList<Probe>();
        for (List<Long> chunk :
                DuplicateMatcher.chunks(ids.stream().map(PersonId::value).toList())) {
            List<Probe> probes = jdbc.sql(
                            "select id, full_name, name_sound, current_employer, city from person where id in (:ids)")
                    .param("ids", chunk)
                    .query((rs, n) -> new Probe(
                            rs.getLong(1),
                            MatchKeys.name(rs.getString(2)),
                            rs.getString(3),
                            new LinkedHashMap<>(),
                            new ArrayList<>(),
                            MatchKeys.organization(rs.getString(4)),
                            MatchKeys.city(rs.getString(5))))
                    .list();
            found.addAll(probes(probes.stream().map(Probe::self).toList(), probes));
        }
        return found;
    }

    private List<Probe> probes(List<Long> ids, List<Probe> probes) {
        if (ids.isEmpty()) {
            return probes;
        }
        Map<Long, Probe> byId = new HashMap<>();
        probes.forEach(p -> byId.put(p.self(), p));
        jdbc.sql("select person_id, email_key from person_email_key where person_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> byId.get(rs.getLong(1)).emails().put(rs.getString(2), rs.getString(2)))
                .list();
        jdbc.sql("select person_id, phone from person_phone where person_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> byId.get(rs.getLong(1)).phones().add(rs.getString(2)))
                .list();
        return probes;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    record Pair(long a, long b) {}
}
