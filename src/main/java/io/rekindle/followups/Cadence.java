package io.rekindle.followups;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "cadence")
class Cadence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadence_seq")
    @SequenceGenerator(name = "cadence_seq", sequenceName = "cadence_seq", allocationSize = 50)
    private Long id;

    private String name;
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cadence_step", joinColumns = @JoinColumn(name = "cadence_id"))
    @OrderColumn(name = "position")
    private List<CadenceStep> steps = new ArrayList<>();

    protected Cadence() {}

    Cadence(String name, List<CadenceStep> steps, Instant now) {
        this.name = name;
        this.steps.addAll(steps);
        this.createdAt = now;
    }

    CadenceView view() {
        return new CadenceView(id, name, List.copyOf(steps));
    }
}
