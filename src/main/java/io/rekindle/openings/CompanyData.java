package io.rekindle.openings;

public record CompanyData(
        String name,
        String website,
        String industry,
        String city,
        String region,
        String country,
        String notes,
        Relationship relationship) {

    public CompanyData {
        relationship = relationship == null ? Relationship.EMPLOYER : relationship;
    }

    public CompanyData(
            String name, String website, String industry, String city, String region, String country, String notes) {
        this(name, website, industry, city, region, country, notes, null);
    }
}
