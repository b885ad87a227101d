package io.rekindle.people;

import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.UserId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One record per human: finds the people likely to be the same human as someone about to be kept (by e-mail, phone,
 * or a similar name with the same employer or city), merges two people into one keeping all history, undoes merges,
 * and scans the database for pairs.
 */
@Service
@Transactional(readOnly = true)
public class Duplicates {

    static final int REKEY_BATCH = 500;

    private final DuplicateMatcher matcher;
    private final PersonMerger merger;
    private final DuplicateScan scan;
    private final PersonRepository people;
    private final PersonMergeRepository merges;
    private final TransactionTemplate transactions;

    Duplicates(
            DuplicateMatcher matcher,
            PersonMerger merger,
            DuplicateScan scan,
            PersonRepository people,
            PersonMergeRepository merges,
            PlatformTransactionManager transactionManager) {
        this.matcher = matcher;
        this.merger = merger;
        this.scan = scan;
        this.people = people;
        this.merges = merges;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Likely duplicates of someone about to be created, best first; reasons are short user-facing phrases. */
    public List<DuplicateCandidate> likelyDuplicatesOf(PersonData data) {
        return matcher.match(List.of(matcher.probe(data))).get(0);
    }

    /** The same for a batch (imports), among people kept and among the batch's own earlier rows. */
    public BatchDuplicates likelyDuplicatesInBatch(List<PersonData> batch) {
        var probes = batch.stream().map(matcher::probe).toList();
        return new BatchDuplicates(matcher.match(probes), matcher.matchWithin(probes, batch));
    }

    /** Likely duplicates of someone already kept (not counting pairs marked "not a duplicate"). */
    public List<DuplicateCandidate> likelyDuplicatesOf(PersonId person) {
        List<DuplicateMatcher.Probe> probe = scan.storedProbes(List.of(person));
        if (probe.isEmpty()) {
            throw new NotFoundException("Person", person);
        }
        return matcher.match(probe).get(0).stream()
                .filter(c -> !scan.markedDistinct(person, c.person()))
                .toList();
    }

    /**
     * Merges {@code merged} into {@code kept}: every e-mail, phone, skill and tag is kept, the other modules move their
     * records (touches, candidacies with outcomes, follow-ups...), {@code merged} becomes a tombstone hidden from
     * lists and search. Recorded, and undone with {@link #undo}.
     */
    @Transactional
    public PersonMergeView merge(PersonId kept, PersonId merged, UserId by) {
        List<String> reasons = reasonsBetween(kept, merged);
        return merger.merge(kept, merged, by, reasons);
    }

    /** Undoes a merge: the tombstone becomes a person again and exactly what moved moves back. */
    @Transactional
    public PersonMergeView undo(long merge, UserId by) {
        return merger.undo(merge, by);
    }

    /** The merges a person took part in, newest first. */
    public List<PersonMergeView> mergesOf(PersonId person) {
        return merges.involving(person.value()).stream()
                .map(m -> m.view(people.findById(m.merged().value())
                        .map(Person::fullName)
                        .orElse("")))
                .toList();
    }

    public PersonMergeView getMerge(long merge) {
        PersonMerge m = merges.findById(merge).orElseThrow(() -> new NotFoundException("Merge", merge));
        return m.view(people.findById(m.merged().value()).map(Person::fullName).orElse(""));
    }

    /** Who a merged person now lives on as; empty for a person who was not merged. */
    public Optional<PersonId> mergedInto(PersonId person) {
        return people.findById(person.value()).map(Person::mergedInto);
    }

    /** Scans the whole database for pairs (see {@link #pairs}); returns how many pairs are open. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int scan() {
        rekeyMissing();
        return scan.scan();
    }

    /** The pairs the last scan found whose people are both still kept and not marked "not a duplicate". */
    public Page<DuplicatePair> pairs(Pageable page) {
        return scan.pairs(page);
    }

    /** Marks two people as different humans: the scan no longer lists them. */
    @Transactional
    public void notDuplicate(PersonId first, PersonId second, UserId by) {
        if (!people.existsById(first.value())) {
            throw new NotFoundException("Person", first);
        }
        if (!people.existsById(second.value())) {
            throw new NotFoundException("Person", second);
        }
        scan.notDuplicate(first, second, by);
    }

    /** Computes the match keys of people written in bulk without them (demo data, loaders); returns how many. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int rekeyMissing() {
        int done = 0;
        long after = 0;
        while (true) {
            final long from = after;
            List<Long> ids = transactions.execute(s -> people.unkeyedAfter(from, PageRequest.of(0, REKEY_BATCH)));
            if (ids.isEmpty()) {
                return done;
            }
            transactions.executeWithoutResult(s -> people.findAllById(ids).forEach(Person::rekey));
            done += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }

    private List<String> reasonsBetween(PersonId kept, PersonId merged) {
        List<DuplicateMatcher.Probe> probe = scan.storedProbes(List.of(merged));
        if (probe.isEmpty()) {
            return List.of();
        }
        return matcher.match(probe).get(0).stream()
                .filter(c -> c.person().equals(kept))
                .findFirst()
                .map(DuplicateCandidate::reasons)
                .orElse(List.of());
    }
}
