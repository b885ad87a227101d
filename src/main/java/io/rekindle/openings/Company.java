package io.rekindle.openings;

import io.rekindle.platform.Text;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "company")
class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    private Long id;

    private String name;
    private String nameKey;
    private String website;
    private String industry;
    private String city;
    private String region;
    private String country;
    private String notes;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Relationship relationship;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private NotNow.Reason notNowReason;

    private String notNowNote;
    private java.time.LocalDate notNowSince;
    private java.time.LocalDate notNowUntil;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Company() {}

    Company(CompanyData data, Instant now) {
        this.createdAt = now;
        apply(data, now);
    }

    void apply(CompanyData data, Instant now) {
        this.name = data.name();
        this.nameKey = Text.key(data.name());
        this.website = data.website();
        this.industry = data.industry();
        this.city = data.city();
        this.region = data.region();
        this.country = data.country();
        this.notes = data.notes();
        this.relationship = data.relationship();
        this.updatedAt = now;
    }

    void sayNotNow(NotNow notNow, Instant now) {
        notNowReason = notNow.reason();
        notNowNote = notNow.note();
        notNowSince = notNow.since();
        notNowUntil = notNow.until();
        updatedAt = now;
    }

    void resume(Instant now) {
        notNowReason = null;
        notNowNote = null;
        notNowSince = null;
        notNowUntil = null;
        updatedAt = now;
    }

    /** A company the agency opens a job for becomes its client. */
    void becomeClient() {
        relationship = Relationship.CLIENT;
    }

    CompanyId id() {
        return new CompanyId(id);
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    CompanyDetails details() {
        NotNow notNow = notNowReason == null ? null : new NotNow(notNowReason, notNowNote, notNowSince, notNowUntil);
        return new CompanyDetails(
                id(), name, website, industry, city, region, country, notes, relationship, notNow, createdAt, version);
    }
}
