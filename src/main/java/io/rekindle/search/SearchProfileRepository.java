package io.rekindle.search;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchProfileRepository extends JpaRepository<SearchProfile, Long> {

    @Query("select coalesce(max(p.personId), 0) from SearchProfile p")
    long maxPersonId();
}
