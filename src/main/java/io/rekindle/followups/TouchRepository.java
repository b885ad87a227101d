package io.rekindle.followups;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TouchRepository extends JpaRepository<Touch, Long> {

    List<Touch> findByPersonIdOrderByOccurredAtDesc(Long personId, Pageable pageable);

    org.springframework.data.domain.Page<Touch> findByPersonId(Long personId, Pageable pageable);
}
