package io.rekindle.search;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * What search knows about one person: their fields, the text of their resume and a summary of their history with
 * the agency, refreshed from the other modules' APIs whenever something about the person changes.
 */
@Entity
@Table(name = "search_profile")
@Indexed(index = "person")
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES)
class SearchProfile {

    static final String SEPARATOR = "|";

    @Id
    @DocumentId
    private Long personId;

    @FullTextField(name = "name", analyzer = Analyzers.NAME)
    private String fullName;

    @FullTextField(analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "title_raw", analyzer = Analyzers.NAME)
    private String title;

    @KeywordField(aggregable = Aggregable.YES)
    private String titleOccupation;

    @KeywordField(aggregable = Aggregable.YES)
    private String titleFamily;

    @FullTextField(name = "company", analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "company_raw", analyzer = Analyzers.NAME)
    private String employer;

    private String skills;
    private String tags;

    @FullTextField(name = "city", analyzer = Analyzers.NAME)
    private String city;

    private String region;
    private String country;

    @Latitude
    private Double latitude;

    @Longitude
    private Double longitude;

    @GenericField(aggregable = Aggregable.YES)
    private Long ownerId;

    @GenericField(aggregable = Aggregable.YES)
    private boolean doNotContact;

    @KeywordField(aggregable = Aggregable.YES)
    private String stageReached;

    @KeywordField(aggregable = Aggregable.YES)
    private String lastNoSide;

    @KeywordField(aggregable = Aggregable.YES)
    private String lastNoReason;

    private LocalDate lastNoOn;

    @GenericField(aggregable = Aggregable.YES)
    private LocalDate revisitOn;

    @GenericField(aggregable = Aggregable.YES)
    private LocalDate placedOn;

    @GenericField
    private int activeCandidacies;

    private int touches;

    @GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES)
    private Instant lastTouchAt;

    private Instant lastReplyAt;
    private int warmth;

    @FullTextField(name = "history", analyzer = Analyzers.ENGLISH)
    private String historyText;

    private String history;

    @FullTextField(name = "resume", analyzer = Analyzers.ENGLISH)
    private String resumeText;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.NO)
    private Instant personCreatedAt;

    private Instant refreshedAt;

    protected SearchProfile() {}

    SearchProfile(Long personId) {
        this.personId = personId;
    }

    @FullTextField(name = "skills", analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "skills_raw", analyzer = Analyzers.NAME)
    @KeywordField(name = "skill", normalizer = Analyzers.LOWERCASE, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "skills")))
    public List<String> getSkillList() {
        return split(skills);
    }

    @KeywordField(name = "tag", normalizer = Analyzers.LOWERCASE, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getTagList() {
        return split(tags);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\" + SEPARATOR));
    }

    static String join(List<String> values) {
        return values == null || values.isEmpty()
                ? null
                : String.join(
                        SEPARATOR,
                        values.stream().map(v -> v.replace(SEPARATOR, "/")).toList());
    }

    /** Everything a refresh sets; the profile is always rewritten whole. */
    void refresh(ProfileData d, Instant now) {
        fullName = d.fullName();
        title = d.title();
        titleOccupation = d.titleOccupation();
        titleFamily = d.titleFamily();
        employer = d.employer();
        skills = join(d.skills());
        tags = join(d.tags());
        city = d.city();
        region = d.region();
        country = d.country();
        latitude = d.latitude();
        longitude = d.longitude();
        ownerId = d.ownerId();
        doNotContact = d.doNotContact();
        stageReached = d.stageReached();
        lastNoSide = d.lastNoSide();
        lastNoReason = d.lastNoReason();
        lastNoOn = d.lastNoOn();
        revisitOn = d.revisitOn();
        placedOn = d.placedOn();
        activeCandidacies = d.activeCandidacies();
        touches = d.touches();
        lastTouchAt = d.lastTouchAt();
        lastReplyAt = d.lastReplyAt();
        warmth = d.warmth();
        historyText = d.historyText();
        history = d.history();
        resumeText = d.resumeText();
        personCreatedAt = d.personCreatedAt();
        refreshedAt = now;
    }

    ProfileData data() {
        return new ProfileData(
                personId,
                fullName,
                title,
                titleOccupation,
                titleFamily,
                employer,
                split(skills),
                split(tags),
                city,
                region,
                country,
                latitude,
                longitude,
                ownerId,
                doNotContact,
                stageReached,
                lastNoSide,
                lastNoReason,
                lastNoOn,
                revisitOn,
                placedOn,
                activeCandidacies,
                touches,
                lastTouchAt,
                lastReplyAt,
                warmth,
                historyText,
                history,
                resumeText,
                personCreatedAt);
    }

    Long personId() {
        return personId;
    }
}
