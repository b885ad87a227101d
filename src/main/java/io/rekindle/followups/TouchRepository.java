package io.rekindle.followups;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TouchRepository extends JpaRepository<Touch, Long> {

    List<Touch> findByPersonIdOrderByOccurredAtDesc(Long personId, Pageable pageable);

    org.springframework.data.domain.Page<Touch> findByPersonId(Long personId, Pageable pageable);

    @org.springframework.data.jpa.repository.Query(
            """
            select t.personId, count(t), sum(case when t.direction = io.rekindle.followups.Direction.INBOUND
                    or t.result in :responses then 1 else 0 end),
                max(t.occurredAt), max(case when t.direction = io.rekindle.followups.Direction.INBOUND
                    or t.result in :responses then t.occurredAt end)
            from Touch t where t.personId in :people group by t.personId""")
    List<Object[]> statsOf(java.util.Collection<Long> people, java.util.Collection<TouchResult> responses);
}
