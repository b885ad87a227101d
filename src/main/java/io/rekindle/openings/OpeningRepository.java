package io.rekindle.openings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OpeningRepository extends JpaRepository<Opening, Long>, JpaSpecificationExecutor<Opening> {

    @Override
    @EntityGraph(attributePaths = "company")
    Optional<Opening> findById(Long id);

    @Override
    @EntityGraph(attributePaths = "company")
    Page<Opening> findAll(Specification<Opening> spec, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = "company")
    List<Opening> findAllById(Iterable<Long> ids);
}
