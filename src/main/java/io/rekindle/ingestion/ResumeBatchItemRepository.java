package io.rekindle.ingestion;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResumeBatchItemRepository extends JpaRepository<ResumeBatchItem, Long> {

    @Query("select i from ResumeBatchItem i where i.batchId = :batch order by i.position")
    List<ResumeBatchItem> inBatch(long batch);

    Optional<ResumeBatchItem> findByStagedToken(String stagedToken);

    @Query("select i.id from ResumeBatchItem i where i.status = io.rekindle.ingestion.BatchItemStatus.PENDING"
            + " order by i.id")
    List<Long> pending(Pageable page);
}
