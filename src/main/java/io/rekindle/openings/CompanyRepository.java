package io.rekindle.openings;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRepository extends JpaRepository<Company, Long> {

    Page<Company> findByNameKeyContaining(String nameKey, Pageable pageable);

    List<Company> findAllByOrderByNameKeyAsc();

    List<Company> findByNotNowUntilBetweenOrderByNotNowUntilDesc(
            java.time.LocalDate from, java.time.LocalDate to, Pageable pageable);
}
