package io.rekindle.pipeline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CandidacyRepository extends JpaRepository<Candidacy, Long> {

    List<Candidacy> findByOpeningIdOrderByAddedAtAsc(Long openingId);

    List<Candidacy> findByPersonIdOrderByAddedAtDesc(Long personId);

    List<Candidacy> findByStatusAndIdGreaterThanOrderById(
            CandidacyStatus status, Long afterId, org.springframework.data.domain.Pageable page);

    List<Candidacy> findByPersonIdIn(java.util.Collection<Long> personIds);

    boolean existsByPersonIdAndOpeningId(Long personId, Long openingId);

    @Query("select s from CandidacyStep s join fetch s.candidacy c where c.personId = :personId")
    List<CandidacyStep> stepsOfPerson(Long personId);
}
