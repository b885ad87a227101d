package io.rekindle.ingestion;

import java.time.Instant;
import java.util.List;

/** A batch of resumes and what became of each file, in upload order. */
public record BatchView(long id, Instant createdAt, List<Item> items) {

    public long total() {
        return items.size();
    }

    public long count(BatchItemStatus status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    public long done() {
        return total() - count(BatchItemStatus.PENDING);
    }

    public boolean finished() {
        return count(BatchItemStatus.PENDING) == 0;
    }

    public int percent() {
        return total() == 0 ? 100 : (int) (100 * done() / total());
    }

    /** One file: its outcome, the person created or the possible duplicate, and the reason. */
    public record Item(
            long id,
            int position,
            String fileName,
            BatchItemStatus status,
            String reason,
            Long person,
            Long duplicateOf,
            String stagedToken) {}
}
