package io.rekindle.openings;

import java.time.Instant;

public record CompanyDetails(
        CompanyId id,
        String name,
        String website,
        String industry,
        String city,
        String region,
        String country,
        String notes,
        Relationship relationship,
        NotNow notNow,
        Instant createdAt,
        long version) {}
