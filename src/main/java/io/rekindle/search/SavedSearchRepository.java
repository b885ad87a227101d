package io.rekindle.search;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedSearchRepository extends JpaRepository<SavedSearch, Long> {

    List<SavedSearch> findByOwnerIdOrderByNameAscIdAsc(Long ownerId);

    long countByOwnerId(Long ownerId);
}
