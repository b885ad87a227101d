package io.rekindle.search;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchProfileRepository extends JpaRepository<SearchProfile, Long> {

    @Query("select p.personId from SearchProfile p order by p.personId desc")
    List<Long> newestPersonIds(Pageable page);
}
