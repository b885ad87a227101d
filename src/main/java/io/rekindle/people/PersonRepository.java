package io.rekindle.people;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    @Query("select p.id from Person p where p.id > :after and p.mergedInto is null order by p.id")
    List<Long> idsAfter(long after, Pageable page);

    @Query("select p.id from Person p where p.nameSound is null and p.id > :after order by p.id")
    List<Long> unkeyedAfter(long after, Pageable page);

    @Query("select p.id from Person p where p.id in :ids and p.mergedInto is not null")
    List<Long> mergedAmong(Collection<Long> ids);
}
