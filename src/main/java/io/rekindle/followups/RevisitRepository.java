package io.rekindle.followups;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisitRepository extends JpaRepository<Revisit, Long> {

    List<Revisit> findByPersonIdOrderBySaidNoOnDesc(Long personId);

    List<Revisit> findByPersonIdIn(java.util.Collection<Long> personIds);

    boolean existsByCandidacyId(Long candidacyId);

    @Query("select coalesce(max(r.candidacyId), 0) from Revisit r")
    long maxCandidacyId();

    List<Revisit> findBySilverMedalistTrueAndRevisitOnBetweenOrderByRevisitOnDesc(
            LocalDate from, LocalDate to, Pageable page);

    @Query("select r from Revisit r where r.followUpCreated = false and r.revisitOn <= :day"
            + " order by r.followUpCreated, r.revisitOn, r.id")
    List<Revisit> dueWithoutFollowUp(LocalDate day, Pageable page);
}
