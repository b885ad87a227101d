package io.rekindle.openings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompanyContactRepository extends JpaRepository<CompanyContact, Long> {

    @Query("select c from CompanyContact c join fetch c.company where c.company.id = :companyId order by c.role")
    List<CompanyContact> findByCompany(Long companyId);

    @Query("select c from CompanyContact c join fetch c.company where c.personId = :personId")
    List<CompanyContact> findByPerson(Long personId);

    boolean existsByCompanyIdAndPersonIdAndRole(Long companyId, Long personId, ContactRole role);
}
