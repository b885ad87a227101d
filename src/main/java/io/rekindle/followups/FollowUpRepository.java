package io.rekindle.followups;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByOwnerIdAndStatusAndDueOnLessThanEqualOrderByDueOnAscIdAsc(
            Long ownerId, FollowUpStatus status, LocalDate day);

    List<FollowUp> findByOwnerIdAndStatusAndDueOnLessThanEqualOrderByDueOnAscIdAsc(
            Long ownerId, FollowUpStatus status, LocalDate day, org.springframework.data.domain.Limit limit);

    long countByOwnerIdAndStatusAndDueOnLessThan(Long ownerId, FollowUpStatus status, LocalDate day);

    long countByOwnerIdAndStatusAndDueOn(Long ownerId, FollowUpStatus status, LocalDate day);

    long countByOwnerIdAndStatusAndDueOnLessThanEqualAndOrigin(
            Long ownerId, FollowUpStatus status, LocalDate day, FollowUpOrigin origin);

    List<FollowUp> findByPersonIdAndStatusOrderByDueOnAsc(Long personId, FollowUpStatus status);

    List<FollowUp> findByOwnerIdAndStatusAndDueOnBetweenOrderByDueOnAsc(
            Long ownerId, FollowUpStatus status, LocalDate from, LocalDate to);

    List<FollowUp> findByEnrollmentIdAndStatus(Long enrollmentId, FollowUpStatus status);
}
