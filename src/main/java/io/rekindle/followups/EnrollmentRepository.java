package io.rekindle.followups;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    Optional<Enrollment> findByActivePersonId(Long personId);

    List<Enrollment> findByPersonIdOrderByStartedAtDesc(Long personId);

    List<Enrollment> findByStatusAndNextDueOnLessThanEqualAndIdGreaterThanOrderById(
            Enrollment.Status status, LocalDate day, Long afterId, Pageable page);
}
