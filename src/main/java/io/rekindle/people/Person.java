package io.rekindle.people;

import io.rekindle.platform.GeoPoint;
import io.rekindle.platform.Text;
import io.rekindle.platform.UserId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    private String fullName;
    private String nameKey;
    private String currentTitle;
    private String currentEmployer;
    private String city;
    private String region;
    private String country;
    private Double latitude;
    private Double longitude;
    private String source;
    private Long ownerId;
    private boolean doNotContact;
    private String doNotContactReason;
    private LocalDate doNotContactSince;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "person_email", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "email")
    private List<String> emails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_phone", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "phone")
    private List<String> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_skill", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "skill")
    private List<String> skills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_tag", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    private List<String> tags = new ArrayList<>();

    protected Person() {}

    Person(ValidPersonData data, Instant createdAt, LocalDate today) {
        this.createdAt = createdAt;
        apply(data, createdAt, today);
    }

    /** Applies edited data; do-not-contact keeps the date it was first set until it is lifted. */
    void apply(ValidPersonData data, Instant now, LocalDate today) {
        this.fullName = data.fullName();
        this.nameKey = Text.key(data.fullName());
        this.currentTitle = data.currentTitle();
        this.currentEmployer = data.currentEmployer();
        this.city = data.location().city();
        this.region = data.location().region();
        this.country = data.location().country();
        this.latitude = data.point() == null ? null : data.point().latitude();
        this.longitude = data.point() == null ? null : data.point().longitude();
        this.source = data.source();
        this.ownerId = data.owner() == null ? null : data.owner().value();
        replace(emails, data.emails());
        replace(phones, data.phones());
        replace(skills, data.skills());
        replace(tags, data.tags());
        applyConsent(data.doNotContact(), data.doNotContactReason(), today);
        this.updatedAt = now;
    }

    /** The person asked not to be contacted (an unsubscribe link, for example); true when that is news. */
    boolean optOut(String reason, Instant now, LocalDate today) {
        if (doNotContact) {
            return false;
        }
        applyConsent(true, reason, today);
        this.updatedAt = now;
        return true;
    }

    private void applyConsent(boolean dnc, String reason, LocalDate today) {
        if (dnc && !doNotContact) {
            doNotContactSince = today;
        }
        if (!dnc) {
            doNotContactSince = null;
            reason = null;
        }
        doNotContact = dnc;
        doNotContactReason = reason;
    }

    private static void replace(List<String> target, List<String> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    PersonId id() {
        return new PersonId(id);
    }

    long version() {
        return version;
    }

    PersonDetails details(PhoneNumbers phoneNumbers) {
        return new PersonDetails(
                id(),
                fullName,
                List.copyOf(emails),
                phones.stream().map(phoneNumbers::view).toList(),
                currentTitle,
                currentEmployer,
                new Location(city, region, country),
                GeoPoint.ofNullable(latitude, longitude),
                List.copyOf(skills),
                List.copyOf(tags),
                source,
                UserId.of(ownerId),
                new Consent(doNotContact, doNotContactReason, doNotContactSince),
                createdAt,
                updatedAt,
                version);
    }

    PersonSummary summary() {
        return new PersonSummary(
                id(),
                fullName,
                currentTitle,
                currentEmployer,
                new Location(city, region, country),
                GeoPoint.ofNullable(latitude, longitude),
                emails.isEmpty() ? null : emails.get(0),
                List.copyOf(tags),
                UserId.of(ownerId),
                doNotContact,
                updatedAt);
    }
}
