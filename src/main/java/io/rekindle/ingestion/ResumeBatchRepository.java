package io.rekindle.ingestion;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResumeBatchRepository extends JpaRepository<ResumeBatch, Long> {}
