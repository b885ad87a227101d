package io.rekindle.outreach;

import io.rekindle.followups.Channel;
import io.rekindle.followups.Direction;
import io.rekindle.followups.TouchData;
import io.rekindle.followups.TouchResult;
import io.rekindle.followups.Touches;
import io.rekindle.people.PersonId;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.UserId;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What comes back: the reply mailbox is read over IMAP; replies are matched to the email they answer (Message-ID,
 * In-Reply-To, References, the plus-address, or the address it went to) and logged as inbound touches, which stop
 * the person's cadence; auto-replies are kept but stop nothing; bounces mark the address bad. A recruiter can log a
 * reply by hand too.
 */
@Service
public class Replies {

    private static final Logger log = LoggerFactory.getLogger(Replies.class);

    private final JdbcClient jdbc;
    private final OutboundMessageRepository messages;
    private final BadAddresses badAddresses;
    private final Touches touches;
    private final OutreachProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    Replies(
            JdbcClient jdbc,
            OutboundMessageRepository messages,
            BadAddresses badAddresses,
            Touches touches,
            OutreachProperties properties,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.badAddresses = badAddresses;
        this.touches = touches;
        this.properties = properties;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Reads the unseen messages of the reply mailbox, handles each once and marks it seen; returns how many. */
    public int pollMailbox() {
        OutreachProperties.Imap imap = properties.imap();
        if (!imap.enabled()) {
            return 0;
        }
        var props = new Properties();
        props.put("mail." + imap.protocol() + ".connectiontimeout", "10000");
        props.put("mail." + imap.protocol() + ".timeout", "30000");
        Session session = Session.getInstance(props);
        int handled = 0;
        try (Store store = session.getStore(imap.protocol())) {
            store.connect(imap.host(), imap.port() == null ? -1 : imap.port(), imap.username(), imap.password());
            Folder folder = store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (Message message : unseen) {
                    try {
                        handle((MimeMessage) message);
                        message.setFlag(Flags.Flag.SEEN, true);
                        handled++;
                    } catch (RuntimeException | MessagingException | IOException e) {
                        log.warn(
                                "Could not handle message {} of the reply mailbox: {}",
                                message.getMessageNumber(),
                                e.toString());
                    }
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("Could not read the reply mailbox at {}: {}", imap.host(), e.getMessage());
        }
        return handled;
    }

    /** Handles one incoming message; a message seen before (same Message-ID) is ignored. */
    public InboundView.Kind handle(MimeMessage message) throws MessagingException, IOException {
        MailClassifier.Reading reading = MailClassifier.read(message);
        Instant received = received(message);
        return tx.execute(status -> {
            if (known(reading.key())) {
                return null;
            }
            Optional<OutboundMessage> answered = answered(reading);
            PersonId person = answered.map(m -> m.view().person()).orElse(null);
            Long outboundId = answered.map(OutboundMessage::id).orElse(null);
            switch (reading.kind()) {
                case BOUNCE -> {
                    String address = reading.bouncedAddress() != null
                            ? reading.bouncedAddress()
                            : answered.map(m -> m.view().to()).orElse(null);
                    if (address != null && badAddresses.mark(address, person, reading.bounceReason(), received)) {
                        events.publishEvent(new AddressBounced(address, person, reading.bounceReason()));
                    }
                    answered.ifPresent(m -> m.bounced(reading.bounceReason()));
                    store(InboundView.Kind.BOUNCE, reading, person, outboundId, received);
                }
                case AUTO_REPLY -> {
                    store(InboundView.Kind.AUTO_REPLY, reading, person, outboundId, received);
                    if (person != null) {
                        events.publishEvent(new ReplyReceived(person, outboundId, true));
                    }
                }
                default -> {
                    if (person == null) {
                        store(InboundView.Kind.UNMATCHED, reading, null, null, received);
                        return InboundView.Kind.UNMATCHED;
                    }
                    store(InboundView.Kind.REPLY, reading, person, outboundId, received);
                    logReply(person, answered.get().view(), reading.subject(), reading.excerpt(), received);
                }
            }
            return reading.kind();
        });
    }

    /** A recruiter saw a reply elsewhere (their own inbox, a call back) and logs it against the email it answers. */
    public InboundView logByHand(long messageId, String note) {
        if (note != null && note.length() > 1000) {
            throw InvalidInputException.of("note", "must have at most 1000 characters");
        }
        return tx.execute(status -> {
            OutboundMessage m =
                    messages.findById(messageId).orElseThrow(() -> new NotFoundException("Message", messageId));
            MessageView view = m.view();
            if (view.person() == null) {
                throw InvalidInputException.of("messageId", "is not an email to a person");
            }
            Instant now = clock.instant();
            var reading = new MailClassifier.Reading(
                    InboundView.Kind.REPLY,
                    "manual:" + UUID.randomUUID(),
                    view.to(),
                    "Re: " + view.subject(),
                    note == null || note.isBlank() ? null : note.strip(),
                    java.util.Set.of(),
                    null,
                    null,
                    null);
            long id = store(InboundView.Kind.REPLY, reading, view.person(), m.id(), now);
            UserId by = CurrentUser.id() != null ? CurrentUser.id() : view.sender();
            touches.record(
                    new TouchData(
                            view.person(),
                            view.opening(),
                            Channel.EMAIL,
                            Direction.INBOUND,
                            TouchResult.REPLIED,
                            "Replied to “" + view.subject() + "”"
                                    + (reading.excerpt() == null ? "" : ": " + reading.excerpt()),
                            now),
                    by);
            events.publishEvent(new ReplyReceived(view.person(), m.id(), false));
            return new InboundView(
                    id,
                    InboundView.Kind.REPLY,
                    view.person(),
                    m.id(),
                    view.to(),
                    reading.subject(),
                    reading.excerpt(),
                    now);
        });
    }

    public List<InboundView> of(PersonId person) {
        return jdbc.sql("select id, kind, person_id, outbound_id, from_address, subject, excerpt, received_at"
                        + " from outreach_inbound where person_id = ? order by received_at desc, id desc")
                .param(person.value())
                .query((rs, n) -> new InboundView(
                        rs.getLong(1),
                        InboundView.Kind.valueOf(rs.getString(2)),
                        new PersonId(rs.getLong(3)),
                        rs.getObject(4) == null ? null : rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    private void logReply(PersonId person, MessageView answered, String subject, String excerpt, Instant at) {
        String summary = "Replied: " + subject + (excerpt == null || excerpt.isBlank() ? "" : "\n" + excerpt);
        touches.record(
                new TouchData(
                        person,
                        answered.opening(),
                        Channel.EMAIL,
                        Direction.INBOUND,
                        TouchResult.REPLIED,
                        summary.length() > 4000 ? summary.substring(0, 4000) : summary,
                        at),
                answered.sender());
        events.publishEvent(new ReplyReceived(person, answered.id(), false));
    }

    private Optional<OutboundMessage> answered(MailClassifier.Reading reading) {
        if (!reading.refersTo().isEmpty()) {
            var found = messages.findByMessageIdIn(reading.refersTo());
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        if (reading.plusTag() != null) {
            var found = messages.findById(reading.plusTag());
            if (found.isPresent()) {
                return found;
            }
        }
        if (reading.kind() == InboundView.Kind.BOUNCE && reading.bouncedAddress() != null) {
            return messages.findFirstByToAddressIgnoreCaseAndStatusInOrderBySentAtDesc(
                    reading.bouncedAddress(), EnumSet.of(MessageStatus.SENT, MessageStatus.UNKNOWN));
        }
        if (reading.kind() != InboundView.Kind.BOUNCE && reading.from() != null) {
            return messages.findFirstByToAddressIgnoreCaseAndStatusInOrderBySentAtDesc(
                    reading.from(), EnumSet.of(MessageStatus.SENT));
        }
        return Optional.empty();
    }

    private boolean known(String key) {
        return jdbc.sql("select count(*) from outreach_inbound where message_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private long store(InboundView.Kind kind, MailClassifier.Reading r, PersonId person, Long outbound, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(
                        "insert into outreach_inbound (kind, message_key, person_id, outbound_id, from_address, subject, excerpt,"
                                + " received_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        kind.name(),
                        clip(r.key(), 300),
                        person == null ? null : person.value(),
                        outbound,
                        clip(r.from(), 320),
                        clip(r.subject(), 500),
                        clip(r.excerpt(), 2000),
                        at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey() == null ? 0 : keys.getKey().longValue();
    }

    private Instant received(MimeMessage message) throws MessagingException {
        Instant now = clock.instant();
        java.util.Date date = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
        Instant at = date == null ? now : date.toInstant();
        return at.isAfter(now) ? now : at;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
