package io.rekindle.outreach;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MessageTemplateRepository extends JpaRepository<MessageTemplate, Long> {

    List<MessageTemplate> findAllByOrderByBuiltInDescNameAsc();

    Optional<MessageTemplate> findByKey(String key);

    Optional<MessageTemplate> findFirstByNameIgnoreCase(String name);
}
