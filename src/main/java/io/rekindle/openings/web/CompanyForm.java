package io.rekindle.openings.web;

import io.rekindle.openings.CompanyData;
import io.rekindle.openings.CompanyDetails;
import io.rekindle.openings.Relationship;

record CompanyForm(
        String name,
        String website,
        String industry,
        String city,
        String region,
        String country,
        String notes,
        Relationship relationship,
        Long version) {

    static CompanyForm empty() {
        return new CompanyForm("", "", "", "", "", "", "", Relationship.CLIENT, null);
    }

    static CompanyForm of(CompanyDetails c) {
        return new CompanyForm(
                c.name(),
                c.website(),
                c.industry(),
                c.city(),
                c.region(),
                c.country(),
                c.notes(),
                c.relationship(),
                c.version());
    }

    CompanyData toData() {
        return new CompanyData(name, website, industry, city, region, country, notes, relationship);
    }
}
