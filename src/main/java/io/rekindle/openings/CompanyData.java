package io.rekindle.openings;

public record CompanyData(
        String name, String website, String industry, String city, String region, String country, String notes) {}
