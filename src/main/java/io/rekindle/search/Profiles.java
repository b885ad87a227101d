package io.rekindle.search;

import io.rekindle.followups.RevisitPlanned;
import io.rekindle.followups.TouchLogged;
import io.rekindle.followups.TouchView;
import io.rekindle.followups.TouchesLogged;
import io.rekindle.people.People;
import io.rekindle.people.PeopleChanged;
import io.rekindle.people.PeopleCreated;
import io.rekindle.people.PersonChanged;
import io.rekindle.people.PersonId;
import io.rekindle.pipeline.CandidacyMoved;
import io.rekindle.pipeline.OutcomeRecorded;
import io.rekindle.platform.PlannerStatistics;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every person's search profile (and so the index) in step with the other modules: refreshed on their events,
 * caught up for people loaded in bulk, rebuilt whole on demand.
 */
@Service
public class Profiles {

    private static final Logger log = LoggerFactory.getLogger(Profiles.class);
    static final int BATCH = 500;
    static final int MERGE_AFTER = 100_000;
    static final int REDONE = 5_000;

    private final SearchProfileRepository profiles;
    private final ProfileBuilder builder;
    private final People people;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Object[] locks = new Object[64];
    private final IndexMaintenance index;
    private final PlannerStatistics statistics;

    Profiles(
            SearchProfileRepository profiles,
            ProfileBuilder builder,
            People people,
            EntityManager entityManager,
            PlatformTransactionManager transactionManager,
            Clock clock,
            IndexMaintenance index,
            PlannerStatistics statistics) {
        this.statistics = statistics;
        this.profiles = profiles;
        this.builder = builder;
        this.people = people;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.index = index;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PersonChanged event) {
        refreshNow(event.person());
    }

    /**
     * People created or changed in bulk (imports): their profiles are built in batches, as the catch-up does; a batch
     * that races with another event about one of them is redone person by person.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PeopleCreated event) {
        refreshInBatches(event.people(), true);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PeopleChanged event) {
        refreshInBatches(event.people(), false);
    }

    /**
     * With {@code created}, the people were just created: those still without a profile get one built from their own
     * data alone. Anything added to them since (a touch, a candidacy) has its own event, whose refresh either comes
     * after this batch or wrote the profile first: then the batch finds it and builds it whole, or its insert collides
     * and the batch is redone person by person.
     */
    private void refreshInBatches(List<PersonId> ids, boolean created) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            try {
                transactions.executeWithoutResult(s -> {
                    index.commitLater();
                    refresh(batch, true, created);
                });
            } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
                log.debug("A bulk batch of {} profiles raced with another refresh; redone one by one", batch.size());
                batch.forEach(this::refreshNow);
            }
        }
        index.commit();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CandidacyMoved event) {
        refreshNow(event.person());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OutcomeRecorded event) {
        refreshNow(event.person());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RevisitPlanned event) {
        refreshNow(event.person());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TouchLogged event) {
        refreshNow(event.touch().person());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TouchesLogged event) {
        refreshInBatches(
                event.touches().stream().map(TouchView::person).distinct().toList(), false);
    }

    /**
     * Rewrites one person's profile in its own transaction. Events about one person arrive on several threads: a lock
     * per person keeps their refreshes in order on this server, and a retry covers another server's insert.
     */
    void refreshNow(PersonId person) {
        synchronized (locks[(int) Math.floorMod(person.value(), (long) locks.length)]) {
            for (int attempt = 1; ; attempt++) {
                try {
                    transactions.executeWithoutResult(s -> refresh(List.of(person)));
                    return;
                } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
        }
    }

    /** Rewrites the profiles of the given people (in the caller's transaction); the index follows on commit. */
    void refresh(Collection<PersonId> ids) {
        refresh(ids, false, false);
    }

    /**
     * Rewrites the profiles of the given people; with {@code reindex}, an existing profile is indexed again even when
     * nothing in it changed (the index may have lost it).
     */
    private void refresh(Collection<PersonId> ids, boolean reindex, boolean created) {
        var existing = profiles.findAllById(ids.stream().map(PersonId::value).toList()).stream()
                .collect(Collectors.toMap(SearchProfile::personId, Function.identity()));
        var now = clock.instant();
        var merged = people.mergedAmong(ids);
        for (PersonId tombstone : merged) {
            SearchProfile gone = existing.get(tombstone.value());
            if (gone != null) {
                entityManager.remove(gone);
            }
        }
        var kept = ids.stream().filter(id -> !merged.contains(id)).toList();
        var built = new ArrayList<ProfileData>(kept.size());
        if (created) {
            var partitioned = kept.stream().collect(Collectors.partitioningBy(id -> existing.containsKey(id.value())));
            built.addAll(builder.buildNew(partitioned.get(false)));
            built.addAll(builder.build(partitioned.get(true)));
        } else {
            built.addAll(builder.build(kept));
        }
        int added = 0;
        for (ProfileData data : built) {
            SearchProfile profile = existing.get(data.personId());
            if (profile == null) {
                profile = new SearchProfile(data.personId());
                profile.refresh(data, now);
                entityManager.persist(profile);
                added++;
            } else {
                profile.refresh(data, now);
                if (reindex) {
                    Search.session(entityManager).indexingPlan().addOrUpdate(profile);
                }
            }
        }
        statistics.grew(List.of("search_profile"), added);
    }

    /**
     * Builds the profiles of people who have none yet (people loaded in bulk), and again the newest {@value #REDONE}
     * built: bulk work commits the index about once a second, so a crash can have lost the index entries of the
     * profiles built last. Returns how many it built.
     */
    public int catchUp() {
        long after = transactions.execute(s -> profiles.newestPersonIds(PageRequest.of(REDONE, 1)).stream()
                .findFirst()
                .orElse(0L));
        return refreshAll(after);
    }

    /** Recomputes every profile from the other modules, in batches, and indexes each again. */
    public int rebuild() {
        return refreshAll(0);
    }

    /** Rebuilds the index from the stored profiles (after the index folder was lost or the mapping changed). */
    public void reindex() throws InterruptedException {
        transactions.executeWithoutResult(s -> {});
        Search.mapping(entityManager.getEntityManagerFactory())
                .scope(SearchProfile.class)
                .massIndexer()
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(BATCH)
                .startAndWait();
    }

    private int refreshAll(long after) {
        int done = 0;
        long last = after;
        long started = System.nanoTime();
        while (true) {
            final long from = last;
            List<PersonId> batch = transactions.execute(s -> people.idsAfter(from, BATCH));
            if (batch.isEmpty()) {
                break;
            }
            transactions.executeWithoutResult(s -> {
                index.commitLater();
                refresh(batch, true, false);
                entityManager.flush();
                entityManager.clear();
            });
            done += batch.size();
            last = batch.get(batch.size() - 1).value();
            if (done % 50_000 < BATCH) {
                index.commit();
                log.info("Search profiles: {} built ({} s)", done, (System.nanoTime() - started) / 1_000_000_000);
            }
        }
        index.commit();
        if (done >= MERGE_AFTER) {
            index.merge();
        }
        if (done > 0) {
            log.info("Search profiles: {} built in {} s", done, (System.nanoTime() - started) / 1_000_000_000);
        }
        return done;
    }
}
