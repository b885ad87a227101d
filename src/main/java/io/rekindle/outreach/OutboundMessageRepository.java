package io.rekindle.outreach;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, Long> {

    @Query(
            "select m.id from OutboundMessage m where m.status = 'QUEUED' and m.nextAttemptAt <= ?1 order by m.nextAttemptAt, m.id")
    List<Long> dueIds(Instant now, Pageable page);

    @Query("select m.id from OutboundMessage m where m.status = 'SENDING' and m.claimedAt < ?1")
    List<Long> stuckIds(Instant claimedBefore);

    @Query("select count(m) from OutboundMessage m where m.senderId = ?1 and m.kind = 'PERSON'"
            + " and m.status in ?3 and m.claimedAt >= ?2")
    long claimedSince(Long sender, Instant since, Collection<MessageStatus> statuses);

    List<OutboundMessage> findByPersonIdOrderByQueuedAtDesc(Long personId);

    Page<OutboundMessage> findByStatus(MessageStatus status, Pageable page);

    Page<OutboundMessage> findAllBy(Pageable page);

    Optional<OutboundMessage> findByMessageId(String messageId);

    List<OutboundMessage> findByMessageIdIn(Collection<String> messageIds);

    Optional<OutboundMessage> findFirstByToAddressIgnoreCaseAndStatusInOrderBySentAtDesc(
            String to, Collection<MessageStatus> statuses);

    boolean existsByEnrollmentIdAndStep(Long enrollmentId, Integer step);

    long countByStatus(MessageStatus status);
}
