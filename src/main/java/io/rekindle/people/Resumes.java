package io.rekindle.people;

import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.NotFoundException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every resume a person sent, newest version first: a newer file becomes a new version and older ones stay. The text
 * extracted from the newest version is what search indexes.
 */
@Service
@Transactional(readOnly = true)
public class Resumes {

    /** Extracted text beyond this many characters is not kept. */
    public static final int MAX_TEXT = 1_000_000;

    private final ResumeRepository repository;
    private final PersonRepository people;
    private final ResumeStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Resumes(
            ResumeRepository repository,
            PersonRepository people,
            ResumeStore store,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.people = people;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps a resume as the person's newest version; the file is removed again if the transaction rolls back. */
    @Transactional
    public ResumeView add(PersonId person, ResumeFile file, String text) {
        if (!people.existsById(person.value())) {
            throw new NotFoundException("Person", person);
        }
        String sha256 = ResumeStore.sha256(file.content());
        boolean known = repository.countBySha256(sha256) > 0;
        store.write(sha256, file.content());
        if (!known && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        store.deleteQuietly(sha256);
                    }
                }
            });
        }
        String kept = text == null ? null : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        int version = repository.lastVersion(person.value()) + 1;
        Resume resume =
                repository.save(new Resume(person, version, file, sha256, kept, clock.instant(), CurrentUser.id()));
        repository.flush();
        ResumeView view = resume.view();
        events.publishEvent(new ResumeAdded(person, view.id(), version));
        events.publishEvent(new PersonChanged(person));
        return view;
    }

    public List<ResumeView> of(PersonId person) {
        return repository.findByPerson(person.value()).stream()
                .map(Resume::view)
                .toList();
    }

    /** A version of the person's resume with its file, for download. */
    public StoredResume open(PersonId person, ResumeId id) {
        Resume resume = repository
                .findById(id.value())
                .filter(r -> r.person().equals(person))
                .orElseThrow(() -> new NotFoundException("Resume", id));
        var file = store.path(resume.sha256());
        if (!Files.isReadable(file)) {
            throw new NotFoundException("Resume file", id);
        }
        return new StoredResume(resume.view(), file);
    }

    /** The text extracted from the given version. */
    public String text(PersonId person, ResumeId id) {
        return repository
                .findById(id.value())
                .filter(r -> r.person().equals(person))
                .map(Resume::text)
                .orElseThrow(() -> new NotFoundException("Resume", id));
    }

    /**
     * Hands every resume of {@code from} to {@code into} (a merge), after into's own versions, oldest first, so the
     * newest resume of either stays the newest. Files do not move: they are named by checksum. Returns the resumes
     * moved, for {@link #move} to give them back when the merge is undone.
     */
    @Transactional
    public List<ResumeId> moveAll(PersonId from, PersonId into) {
        List<Resume> moving = repository.findByPerson(from.value());
        moveResumes(moving, into);
        events.publishEvent(new PersonChanged(from));
        return moving.stream().map(r -> r.view().id()).toList();
    }

    /** Hands the given resumes to {@code into}, after its own versions, oldest first (undoing a merge). */
    @Transactional
    public void move(java.util.Collection<ResumeId> resumes, PersonId into) {
        List<Resume> moving =
                repository.findAllById(resumes.stream().map(ResumeId::value).toList());
        var owners = moving.stream().map(Resume::person).distinct().toList();
        moveResumes(moving, into);
        owners.forEach(owner -> events.publishEvent(new PersonChanged(owner)));
    }

    private void moveResumes(List<Resume> resumes, PersonId into) {
        if (resumes.isEmpty()) {
            return;
        }
        List<Resume> moving = resumes.stream()
                .sorted(java.util.Comparator.comparing(Resume::uploadedAt).thenComparing(Resume::version))
                .toList();
        // first out of the way of the unique (person, version) pair, then into place
        int parked = -1;
        for (Resume r : moving) {
            r.moveTo(r.person(), parked--);
        }
        repository.flush();
        int next = repository.lastVersion(into.value());
        for (Resume r : moving) {
            r.moveTo(into, ++next);
        }
        repository.flush();
        events.publishEvent(new PersonChanged(into));
    }
}
