package io.rekindle.people;

import java.time.Instant;

/** One version of a person's resume, without its bytes or text. */
public record ResumeView(
        ResumeId id,
        PersonId person,
        int version,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Instant uploadedAt) {}
