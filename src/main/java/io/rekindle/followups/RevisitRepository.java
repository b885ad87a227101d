package io.rekindle.followups;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevisitRepository extends JpaRepository<Revisit, Long> {

    List<Revisit> findByPersonIdOrderBySaidNoOnDesc(Long personId);

    boolean existsByCandidacyId(Long candidacyId);

    @org.springframework.data.jpa.repository.Query("select coalesce(max(r.candidacyId), 0) from Revisit r")
    long maxCandidacyId();

    List<Revisit> findBySilverMedalistTrueAndRevisitOnBetweenOrderByRevisitOnDesc(
            LocalDate from, LocalDate to, Pageable page);

    List<Revisit> findByFollowUpCreatedFalseAndRevisitOnLessThanEqualOrderById(LocalDate day, Pageable page);
}
