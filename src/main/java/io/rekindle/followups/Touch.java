package io.rekindle.followups;

import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One contact attempt or conversation with a person. Touches are facts: they are never edited. */
@Entity
@Table(name = "touch")
class Touch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "touch_seq")
    @SequenceGenerator(name = "touch_seq", sequenceName = "touch_seq", allocationSize = 50)
    private Long id;

    private Long personId;
    private Long openingId;
    private Long userId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    private TouchResult result;

    private Instant occurredAt;
    private String summary;
    private Instant createdAt;

    protected Touch() {}

    Touch(TouchData data, UserId by, Instant occurredAt, Instant now) {
        this.personId = data.person().value();
        this.openingId = data.opening() == null ? null : data.opening().value();
        this.userId = by == null ? null : by.value();
        this.channel = data.channel();
        this.direction = data.direction();
        this.result = data.result();
        this.summary = data.summary();
        this.occurredAt = occurredAt;
        this.createdAt = now;
    }

    TouchView view() {
        return new TouchView(
                new TouchId(id),
                new PersonId(personId),
                openingId == null ? null : new OpeningId(openingId),
                UserId.of(userId),
                channel,
                direction,
                result,
                summary,
                occurredAt);
    }
}
