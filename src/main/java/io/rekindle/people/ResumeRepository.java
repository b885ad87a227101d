package io.rekindle.people;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResumeRepository extends JpaRepository<Resume, Long> {

    @Query("select r from Resume r where r.personId = :person order by r.version desc")
    List<Resume> findByPerson(long person);

    @Query("select coalesce(max(r.version), 0) from Resume r where r.personId = :person")
    int lastVersion(long person);

    @Query("select r from Resume r where r.personId in :people and r.version ="
            + " (select max(o.version) from Resume o where o.personId = r.personId)")
    List<Resume> latestOf(Collection<Long> people);

    @Query("select count(r) from Resume r where r.sha256 = :sha256")
    long countBySha256(String sha256);
}
