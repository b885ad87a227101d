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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    private String fullName;
    private String nameKey;
    private String nameSound;
    private String soundEmployer;
    private String soundCity;
    private Long mergedInto;
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

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> emails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_phone", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "phone")
    private List<String> phones = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> skills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_tag", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    private List<String> tags = new ArrayList<>();

    /** The e-mails as compared for duplicates ({@link MatchKeys#email}), kept in step with {@link #emails}. */
    @ElementCollection
    @CollectionTable(name = "person_email_key", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "email_key")
    private List<String> emailKeys = new ArrayList<>();

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
        rekey();
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

    /** Recomputes the keys duplicates are found by (after a change, or for a row written in bulk). */
    void rekey() {
        this.nameSound = MatchKeys.sound(fullName);
        this.soundEmployer = MatchKeys.soundWith(nameSound, MatchKeys.organization(currentEmployer));
        this.soundCity = MatchKeys.soundWith(nameSound, MatchKeys.city(city));
        replace(
                emailKeys,
                emails.stream()
                        .map(MatchKeys::email)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList());
    }

    /**
     * Takes in what the other person has and this one lacks: e-mails, phones, skills and tags, and the title,
     * employer and location when this one has none. Returns what was added, so a merge can be undone.
     */
    Absorbed absorb(Person other, Instant now) {
        var added = new Absorbed(
                addMissing(emails, other.emails),
                addMissing(phones, other.phones),
                addMissing(skills, other.skills),
                addMissing(tags, other.tags),
                new ArrayList<>());
        if (currentTitle == null && other.currentTitle != null) {
            currentTitle = other.currentTitle;
            added.fields().add("currentTitle");
        }
        if (currentEmployer == null && other.currentEmployer != null) {
            currentEmployer = other.currentEmployer;
            added.fields().add("currentEmployer");
        }
        if (city == null && region == null && country == null && other.city != null) {
            city = other.city;
            region = other.region;
            country = other.country;
            latitude = other.latitude;
            longitude = other.longitude;
            added.fields().add("location");
        }
        rekey();
        updatedAt = now;
        return added;
    }

    /** Gives back what {@link #absorb} added (values edited since stay). */
    void giveBack(Absorbed added, Instant now) {
        emails.removeAll(added.emails());
        phones.removeAll(added.phones());
        skills.removeAll(added.skills());
        tags.removeAll(added.tags());
        if (added.fields().contains("currentTitle")) {
            currentTitle = null;
        }
        if (added.fields().contains("currentEmployer")) {
            currentEmployer = null;
        }
        if (added.fields().contains("location")) {
            city = null;
            region = null;
            country = null;
            latitude = null;
            longitude = null;
        }
        rekey();
        updatedAt = now;
    }

    private static List<String> addMissing(List<String> target, List<String> values) {
        var added = new ArrayList<String>();
        for (String value : values) {
            if (!target.contains(value)) {
                target.add(value);
                added.add(value);
            }
        }
        return added;
    }

    void mergeInto(PersonId kept, Instant now) {
        this.mergedInto = kept.value();
        this.updatedAt = now;
    }

    void restore(Instant now) {
        this.mergedInto = null;
        this.updatedAt = now;
    }

    boolean merged() {
        return mergedInto != null;
    }

    PersonId mergedInto() {
        return mergedInto == null ? null : new PersonId(mergedInto);
    }

    String fullName() {
        return fullName;
    }

    /** What a merge added to the kept person. */
    record Absorbed(
            List<String> emails, List<String> phones, List<String> skills, List<String> tags, List<String> fields) {}

    PersonId id() {
        return new PersonId(id);
    }

    long version() {
        return version;
    }

    boolean doNotContact() {
        return doNotContact;
    }

    String doNotContactReason() {
        return doNotContactReason;
    }

    PersonDetails details(PhoneNumbers phoneNumbers) {
        return new PersonDetails(
                id(),
                fullName,
                List.copyOf(emails),
                phoneNumbers.views(phones),
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
