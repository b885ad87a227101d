package io.rekindle.search;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** A search a recruiter named and keeps: the query and filters, and who matched when they last looked. */
@Entity
@Table(name = "saved_search")
class SavedSearch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_seq")
    @SequenceGenerator(name = "saved_search_seq", sequenceName = "saved_search_seq", allocationSize = 50)
    private Long id;

    private Long ownerId;
    private String name;
    private String query;
    private String filters;
    private Instant lastSeenAt;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "saved_search_seen", joinColumns = @JoinColumn(name = "saved_search_id"))
    @Column(name = "person_id")
    private Set<Long> seen = new HashSet<>();

    protected SavedSearch() {}

    SavedSearch(long ownerId, String name, String query, String filters, Instant now) {
        this.ownerId = ownerId;
        this.name = name;
        this.query = query;
        this.filters = filters;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    /** The owner has looked: everyone matching now is no longer new. */
    void seen(Collection<Long> matching, Instant now) {
        seen.retainAll(matching);
        seen.addAll(matching);
        lastSeenAt = now;
    }

    long newAmong(Collection<Long> matching) {
        return matching.stream().filter(id -> !seen.contains(id)).count();
    }

    java.util.List<Long> notSeen(Collection<Long> matching) {
        return matching.stream().filter(id -> !seen.contains(id)).toList();
    }

    Long id() {
        return id;
    }

    Long ownerId() {
        return ownerId;
    }

    String name() {
        return name;
    }

    String query() {
        return query;
    }

    String filters() {
        return filters;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }

    Instant createdAt() {
        return createdAt;
    }
}
