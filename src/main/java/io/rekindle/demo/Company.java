package io.rekindle.demo;

import java.time.Instant;

record Company(long id, String name, String industry, Samples.City city, String notes, Instant createdAt) {}
