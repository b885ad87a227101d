package io.rekindle.openings;

import io.rekindle.people.Location;
import io.rekindle.platform.GeoPoint;
import io.rekindle.platform.UserId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "opening")
class Opening {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opening_seq")
    @SequenceGenerator(name = "opening_seq", sequenceName = "opening_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    private String title;
    private String city;
    private String region;
    private String country;
    private Double latitude;
    private Double longitude;
    private Integer radiusKm;
    private boolean remote;

    @Enumerated(EnumType.STRING)
    private Seniority seniority;

    private Long payMin;
    private Long payMax;
    private String payCurrency;
    private String cultureNotes;
    private String description;

    @Enumerated(EnumType.STRING)
    private OpeningStatus status;

    private LocalDate openedOn;
    private LocalDate closedOn;
    private Long ownerId;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "opening_skill", joinColumns = @JoinColumn(name = "opening_id"))
    @OrderColumn(name = "position")
    @Column(name = "skill")
    private List<String> skills = new ArrayList<>();

    protected Opening() {}

    Opening(Company company, OpeningData data, GeoPoint point, Instant now) {
        this.createdAt = now;
        this.status = OpeningStatus.OPEN;
        apply(company, data, point, now);
    }

    void apply(Company company, OpeningData data, GeoPoint point, Instant now) {
        this.company = company;
        this.title = data.title();
        this.city = data.location().city();
        this.region = data.location().region();
        this.country = data.location().country();
        this.latitude = point == null ? null : point.latitude();
        this.longitude = point == null ? null : point.longitude();
        this.radiusKm = data.radiusKm();
        this.remote = data.remote();
        this.seniority = data.seniority();
        this.payMin = data.pay().min();
        this.payMax = data.pay().max();
        this.payCurrency = data.pay().currency();
        this.cultureNotes = data.cultureNotes();
        this.description = data.description();
        this.openedOn = data.openedOn();
        this.ownerId = data.owner() == null ? null : data.owner().value();
        if (!skills.equals(data.skills())) {
            skills.clear();
            skills.addAll(data.skills());
        }
        changeStatus(data.status(), data.closedOn());
        this.updatedAt = now;
    }

    /** Filled and closed openings carry the date they ended; open and on-hold ones carry none. */
    private void changeStatus(OpeningStatus next, LocalDate endedOn) {
        this.status = next;
        this.closedOn = next.ended() ? endedOn : null;
    }

    long version() {
        return version;
    }

    OpeningDetails details() {
        return new OpeningDetails(
                new OpeningId(id),
                company.id(),
                company.name(),
                title,
                new Location(city, region, country),
                GeoPoint.ofNullable(latitude, longitude),
                radiusKm,
                remote,
                List.copyOf(skills),
                seniority,
                new PayRange(payMin, payMax, payCurrency),
                cultureNotes,
                description,
                status,
                openedOn,
                closedOn,
                UserId.of(ownerId),
                version);
    }
}
