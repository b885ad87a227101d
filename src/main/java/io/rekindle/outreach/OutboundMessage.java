package io.rekindle.outreach;

import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row of the outbox; its transitions refuse moves that could send a message twice. */
@Entity
@Table(name = "outreach_message")
class OutboundMessage {

    enum Kind {
        PERSON,
        DIGEST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Long personId;
    private Long openingId;
    private Long senderId;
    private String templateKey;
    private String toAddress;
    private String subject;
    private String bodyText;
    private String bodyHtml;
    private String messageId;

    @Enumerated(EnumType.STRING)
    private MessageStatus status;

    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Long enrollmentId;
    private Integer step;
    private Instant queuedAt;
    private Instant claimedAt;
    private Instant sentAt;

    @Version
    private long version;

    protected OutboundMessage() {}

    OutboundMessage(
            Kind kind,
            PersonId person,
            OpeningId opening,
            UserId sender,
            String templateKey,
            String to,
            RenderedEmail email,
            String messageId,
            Instant now) {
        this.kind = kind;
        this.personId = person == null ? null : person.value();
        this.openingId = opening == null ? null : opening.value();
        this.senderId = sender == null ? null : sender.value();
        this.templateKey = templateKey;
        this.toAddress = to;
        this.subject = email.subject();
        this.bodyText = email.text();
        this.bodyHtml = email.html();
        this.messageId = messageId;
        this.status = MessageStatus.QUEUED;
        this.nextAttemptAt = now;
        this.queuedAt = now;
    }

    OutboundMessage forStep(long enrollment, int step) {
        this.enrollmentId = enrollment;
        this.step = step;
        return this;
    }

    /** Claimed for sending: committed before the SMTP server is called, so a crash leaves it visibly "sending". */
    void claim(Instant now) {
        require(MessageStatus.QUEUED);
        status = MessageStatus.SENDING;
        claimedAt = now;
        attempts++;
    }

    /** The server accepted it; also after a slow server let the send timeout mark it unknown meanwhile. */
    void sent(Instant now) {
        if (status != MessageStatus.UNKNOWN) {
            require(MessageStatus.SENDING);
        }
        status = MessageStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** The server could not be reached or refused for now: queued again after the back-off, or failed for good. */
    void sendFailed(String error, Instant retryAt) {
        require(MessageStatus.SENDING);
        lastError = clip(error);
        if (retryAt == null) {
            status = MessageStatus.FAILED;
        } else {
            status = MessageStatus.QUEUED;
            nextAttemptAt = retryAt;
        }
    }

    void refuse(String reason) {
        require(MessageStatus.QUEUED);
        status = MessageStatus.REFUSED;
        lastError = clip(reason);
    }

    void postpone(Instant until, String why) {
        require(MessageStatus.QUEUED);
        nextAttemptAt = until;
        lastError = clip(why);
    }

    /** Found "sending" after the timeout: the server may or may not have it; only an operator decides. */
    void interrupted() {
        require(MessageStatus.SENDING);
        status = MessageStatus.UNKNOWN;
        lastError =
                "Interrupted while sending: check the Sent folder or ask the recipient, then mark it sent or resend";
    }

    /** An operator confirmed an unknown message did go out. */
    void confirmSent(Instant now) {
        require(MessageStatus.UNKNOWN);
        status = MessageStatus.SENT;
        sentAt = claimedAt == null ? now : claimedAt;
    }

    /** An operator asked to send an unknown or failed message (again). */
    void requeue(Instant now) {
        if (status != MessageStatus.UNKNOWN && status != MessageStatus.FAILED) {
            throw new IllegalStateException("Only unknown or failed messages can be sent again, not " + status);
        }
        status = MessageStatus.QUEUED;
        nextAttemptAt = now;
        lastError = null;
    }

    void cancel() {
        require(MessageStatus.QUEUED);
        status = MessageStatus.CANCELLED;
    }

    void bounced(String reason) {
        if (status == MessageStatus.SENT || status == MessageStatus.UNKNOWN) {
            status = MessageStatus.BOUNCED;
            lastError = clip(reason);
        }
    }

    private void require(MessageStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not " + expected);
        }
    }

    private static String clip(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    long id() {
        return id;
    }

    Kind kind() {
        return kind;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    Instant claimedAt() {
        return claimedAt;
    }

    MessageView view() {
        return new MessageView(
                id,
                personId == null ? null : new PersonId(personId),
                openingId == null ? null : new OpeningId(openingId),
                senderId == null ? null : new UserId(senderId),
                templateKey,
                toAddress,
                subject,
                bodyText,
                messageId,
                status,
                attempts,
                nextAttemptAt,
                lastError,
                queuedAt,
                sentAt);
    }
}
