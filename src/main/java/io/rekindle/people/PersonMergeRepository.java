package io.rekindle.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonMergeRepository extends JpaRepository<PersonMerge, Long> {

    @Query(
            "select m from PersonMerge m where m.keptId = :person or m.mergedId = :person order by m.mergedAt desc, m.id desc")
    List<PersonMerge> involving(long person);
}
