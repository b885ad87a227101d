package io.rekindle.ingestion;

import io.rekindle.people.DuplicateCandidate;
import io.rekindle.people.Duplicates;
import io.rekindle.people.People;
import io.rekindle.people.PersonData;
import io.rekindle.people.PersonId;
import io.rekindle.people.ResumeFile;
import io.rekindle.people.Resumes;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.UserId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many resumes at once, from several files or a zip: the upload only stages the files and lists them; a background job
 * ({@link IngestionJobs}) reads each in its own transaction, so a bad file never stops the rest and a crash never
 * creates a person twice. Each file ends created, to review (a possible duplicate, or no name found) or rejected with
 * its reason.
 */
@Service
public class ResumeBatches {

    private static final Logger log = LoggerFactory.getLogger(ResumeBatches.class);

    private final ResumeBatchRepository batches;
    private final ResumeBatchItemRepository items;
    private final ResumeIntake intake;
    private final StagedUploads staged;
    private final People people;
    private final Resumes resumes;
    private final Duplicates duplicates;
    private final ResumeSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    ResumeBatches(
            ResumeBatchRepository batches,
            ResumeBatchItemRepository items,
            ResumeIntake intake,
            StagedUploads staged,
            People people,
            Resumes resumes,
            Duplicates duplicates,
            ResumeSettings settings,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.batches = batches;
        this.items = items;
        this.intake = intake;
        this.staged = staged;
        this.people = people;
        this.resumes = resumes;
        this.duplicates = duplicates;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** An uploaded file: a resume, or a zip of resumes. */
    public record Upload(String fileName, byte[] content) {}

    /** Stages every file (zips expanded, within limits) and lists them as a batch to read in the background. */
    public BatchView start(List<Upload> uploads, UserId owner) {
        if (uploads.isEmpty()) {
            throw InvalidInputException.of("files", "Choose at least one resume or zip file");
        }
        long total = uploads.stream().mapToLong(u -> u.content().length).sum();
        if (total > settings.maxZipSize().toBytes()) {
            throw InvalidInputException.of(
                    "files",
                    "The upload is larger than " + settings.maxZipSize().toMegabytes() + " MB");
        }
        List<Entry> entries = new ArrayList<>();
        for (Upload upload : uploads) {
            if (ZipGuard.isZip(upload.content())
                    && upload.fileName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                entries.addAll(expand(upload));
            } else {
                entries.add(accept(upload.fileName(), upload.content()));
            }
        }
        Long batchId = tx.execute(s -> {
            ResumeBatch batch = batches.save(new ResumeBatch(owner == null ? null : owner.value(), clock.instant()));
            int position = 0;
            for (Entry e : entries) {
                items.save(
                        e.rejection() == null
                                ? ResumeBatchItem.pending(batch.id(), position++, e.fileName(), e.token())
                                : ResumeBatchItem.rejected(
                                        batch.id(), position++, e.fileName(), e.rejection(), clock.instant()));
            }
            return batch.id();
        });
        return view(batchId);
    }

    private record Entry(String fileName, String token, String rejection) {}

    private Entry accept(String fileName, byte[] content) {
        if (content.length == 0) {
            return new Entry(fileName, null, "The file is empty");
        }
        if (content.length > settings.maxSize().toBytes()) {
            return new Entry(
                    fileName,
                    null,
                    ResumeReader.tooLarge(fileName, content.length).reasonText());
        }
        return new Entry(fileName, staged.put(content), null);
    }

    /** The files of a zip; a zip that expands too far or holds too many files is rejected whole. */
    private List<Entry> expand(Upload zip) {
        try {
            ZipGuard.check(
                    zip.fileName(), zip.content(), settings.maxZipExpanded().toBytes(), settings.maxZipEntries());
        } catch (ResumeRejected e) {
            return List.of(new Entry(zip.fileName(), null, e.reasonText()));
        }
        List<Entry> entries = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.content()))) {
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty()) {
                    continue;
                }
                String shown = zip.fileName() + "/" + name;
                byte[] content = readUpTo(in, settings.maxSize().toBytes() + 1);
                if (content.length > settings.maxSize().toBytes()) {
                    entries.add(new Entry(shown, null, "The file is too large (over the resume size limit)"));
                } else if (ZipGuard.isZip(content)
                        && base.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    entries.add(new Entry(shown, null, "A zip inside a zip is not read; upload it on its own"));
                } else {
                    entries.add(accept(shown, content));
                }
            }
        } catch (IOException e) {
            return List.of(new Entry(zip.fileName(), null, "The zip is damaged and could not be opened"));
        }
        if (entries.isEmpty()) {
            return List.of(new Entry(zip.fileName(), null, "The zip holds no files"));
        }
        return entries;
    }

    private static byte[] readUpTo(ZipInputStream in, long max) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > max) {
                break;
            }
        }
        return out.toByteArray();
    }

    public BatchView view(long id) {
        return tx.execute(s -> {
            ResumeBatch batch = batches.findById(id).orElseThrow(() -> new NotFoundException("Resume batch", id));
            return new BatchView(
                    id,
                    batch.createdAt(),
                    items.inBatch(id).stream().map(ResumeBatchItem::view).toList());
        });
    }

    /**
     * Records the recruiter's decision on the file staged under {@code stagedToken} when it is a batch file left for
     * review: it made the new {@code person} ({@code CREATED}) or became their newest resume ({@code MERGED}). Does
     * nothing for a file uploaded on its own.
     */
    public void reviewed(String stagedToken, BatchItemStatus outcome, PersonId person) {
        if (stagedToken == null || stagedToken.isBlank()) {
            return;
        }
        tx.executeWithoutResult(s -> items.findByStagedToken(stagedToken)
                .filter(ResumeBatchItem::awaitingReview)
                .ifPresent(item -> item.reviewed(outcome, person.value(), clock.instant())));
    }

    /** Reads up to {@code limit} waiting files, each in its own transaction; returns how many were read. */
    public int processPending(int limit) {
        List<Long> pending = tx.execute(s -> items.pending(PageRequest.of(0, limit)));
        for (Long id : pending) {
            process(id);
        }
        return pending.size();
    }

    private void process(long itemId) {
        try {
            tx.executeWithoutResult(s -> read(itemId));
        } catch (ResumeRejected e) {
            finish(itemId, item -> item.reject(e.reasonText(), clock.instant()));
        } catch (InvalidInputException e) {
            finish(itemId, item -> item.review(e.getMessage(), null, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Could not process resume batch item {}", itemId, e);
            finish(itemId, item -> item.reject("The file could not be processed", clock.instant()));
        }
    }

    private void read(long itemId) {
        ResumeBatchItem item = items.findById(itemId).orElse(null);
        if (item == null || !item.pending()) {
            return;
        }
        byte[] content = staged.get(item.stagedToken())
                .orElseThrow(() -> new ResumeRejected(
                        ResumeRejected.Reason.CORRUPT, item.fileName(), "The uploaded file was lost; upload it again"));
        ParsedResume parsed = intake.read(baseName(item.fileName()), content);
        Long owner = batches.findById(item.batchId()).map(ResumeBatch::ownerId).orElse(null);
        PersonData data = ResumeIntake.toPersonData(parsed.fields(), UserId.of(owner));
        if (data.fullName() == null || data.fullName().isBlank()) {
            item.review("No name found: check the resume and enter the person by hand", null, clock.instant());
            return;
        }
        List<DuplicateCandidate> candidates = duplicates.likelyDuplicatesOf(data);
        if (!candidates.isEmpty()) {
            DuplicateCandidate best = candidates.get(0);
            item.review(
                    "Possible duplicate of " + best.fullName() + " (" + String.join(", ", best.reasons()) + ")",
                    best.person().value(),
                    clock.instant());
            return;
        }
        var person = people.create(data);
        resumes.add(person.id(), new ResumeFile(baseName(item.fileName()), parsed.mediaType(), content), parsed.text());
        item.created(person.id().value(), clock.instant());
        String token = item.stagedToken();
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        staged.remove(token);
                    }
                });
    }

    private void finish(long itemId, java.util.function.Consumer<ResumeBatchItem> outcome) {
        tx.executeWithoutResult(
                s -> items.findById(itemId).filter(ResumeBatchItem::pending).ifPresent(outcome));
    }

    private static String baseName(String shown) {
        return shown.substring(shown.lastIndexOf('/') + 1);
    }
}
