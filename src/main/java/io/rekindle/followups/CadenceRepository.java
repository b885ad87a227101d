package io.rekindle.followups;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CadenceRepository extends JpaRepository<Cadence, Long> {

    List<Cadence> findAllByOrderByNameAsc();
}
