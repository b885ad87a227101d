package io.rekindle.outreach;

import io.rekindle.followups.Channel;
import io.rekindle.followups.ContactGuard;
import io.rekindle.people.People;
import io.rekindle.people.PersonDetails;
import io.rekindle.people.PersonId;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.UserId;
import io.rekindle.platform.UserSummary;
import io.rekindle.platform.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: every email is queued, then sent by a background job at most once. A message is claimed ("sending")
 * in a committed transaction before the SMTP server is called and marked "sent" in another after it accepted; one
 * found "sending" after {@code sendTimeout} is marked "unknown" and never resent without an operator. Do-not-contact,
 * the contact budget and quiet period, the recipient's sending window and the sender's daily cap are checked when
 * the message is about to go, not only when it was queued.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    /** Messages sent over one SMTP connection. */
    static final int CONNECTION_BATCH = 50;

    private static final EnumSet<MessageStatus> COUNTED =
            EnumSet.of(MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.UNKNOWN, MessageStatus.BOUNCED);

    private final OutboundMessageRepository messages;
    private final Templates templates;
    private final Senders senders;
    private final Unsubscribes unsubscribes;
    private final BadAddresses badAddresses;
    private final ContactGuard guard;
    private final People people;
    private final Users users;
    private final Mailer mailer;
    private final OutreachProperties properties;
    private final SendingWindow window;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    Outbox(
            OutboundMessageRepository messages,
            Templates templates,
            Senders senders,
            Unsubscribes unsubscribes,
            BadAddresses badAddresses,
            ContactGuard guard,
            People people,
            Users users,
            Mailer mailer,
            OutreachProperties properties,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.senders = senders;
        this.unsubscribes = unsubscribes;
        this.badAddresses = badAddresses;
        this.guard = guard;
        this.people = people;
        this.users = users;
        this.mailer = mailer;
        this.properties = properties;
        this.window = new SendingWindow(properties);
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    // ---- queueing ----

    /** Queues an email from a template for a person; refused at once when they may not be emailed at all. */
    public MessageView queue(NewEmail email) {
        return tx.execute(status -> queueNow(email, null, null));
    }

    MessageView queueNow(NewEmail email, Long enrollment, Integer step) {
        UserId sender = email.sender() != null ? email.sender() : CurrentUser.id();
        PersonDetails person = people.find(email.person())
                .orElseThrow(() -> InvalidInputException.of("personId", "is not a known person"));
        if (person.consent().doNotContact()) {
            throw new ConflictException(person.fullName() + " asked not to be contacted");
        }
        String to = person.emails().stream()
                .filter(a -> !badAddresses.isBad(a))
                .findFirst()
                .orElseThrow(() -> new ConflictException(person.fullName()
                        + (person.emails().isEmpty()
                                ? " has no email address"
                                : " has no address that has not bounced")));
        TemplateView template = templates.get(email.template());
        RenderedEmail rendered = templates.render(template.data(), email.person(), email.opening(), sender);
        SenderProfile from = senders.of(sender);
        var message = new OutboundMessage(
                OutboundMessage.Kind.PERSON,
                email.person(),
                email.opening(),
                sender,
                template.key() != null ? template.key() : "template-" + template.id(),
                to,
                rendered,
                newMessageId(from.fromAddress()),
                clock.instant());
        if (enrollment != null) {
            message.forStep(enrollment, step);
        }
        return messages.save(message).view();
    }

    /** Queues an email to a user (the daily digest): no consent or budget applies. */
    MessageView queueToUser(UserSummary user, String templateKey, RenderedEmail rendered) {
        return tx.execute(status -> messages.save(new OutboundMessage(
                        OutboundMessage.Kind.DIGEST,
                        null,
                        null,
                        null,
                        templateKey,
                        user.email(),
                        rendered,
                        newMessageId(properties.defaultFrom()),
                        clock.instant()))
                .view());
    }

    boolean stepQueued(long enrollment, int step) {
        return messages.existsByEnrollmentIdAndStep(enrollment, step);
    }

    private static String newMessageId(String fromAddress) {
        int at = fromAddress == null ? -1 : fromAddress.lastIndexOf('@');
        String domain = at < 0 ? "rekindle.local" : fromAddress.substring(at + 1);
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    // ---- sending ----

    /**
     * Sends the messages that are due, one at a time; returns how many the server accepted. First marks messages left
     * "sending" by a server that died as "unknown". Cluster-safe: a claim is a versioned update only one server wins.
     */
    public int sendDue() {
        markInterrupted();
        if (!mailer.configured()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> due = readOnly.execute(s -> messages.dueIds(now, PageRequest.of(0, properties.batch())));
        int sent = 0;
        for (int from = 0; from < due.size(); from += CONNECTION_BATCH) {
            sent += sendBatch(due.subList(from, Math.min(due.size(), from + CONNECTION_BATCH)));
        }
        return sent;
    }

    /**
     * Claims the messages that may go (one committed transaction), sends them over one SMTP connection, then records
     * which the server accepted (another). A crash in between leaves them "sending": they become "unknown".
     */
    private int sendBatch(List<Long> ids) {
        List<Mailer.Outgoing> claimed;
        try {
            claimed = tx.execute(s -> ids.stream()
                    .map(this::claim)
                    .filter(java.util.Objects::nonNull)
                    .toList());
        } catch (OptimisticLockingFailureException another) {
            return 0;
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<String, MailException> failures = mailer.sendAll(claimed);
        tx.executeWithoutResult(s -> {
            var sent = new ArrayList<MessageView>();
            for (Mailer.Outgoing out : claimed) {
                MailException failure = failures.get(out.messageId());
                if (failure == null) {
                    sent.add(sent(out.id()));
                } else {
                    failed(out.id(), failure);
                }
            }
            if (!sent.isEmpty()) {
                events.publishEvent(new EmailsSent(sent));
            }
        });
        return claimed.size() - failures.size();
    }

    /** Marks every message claimed longer ago than the send timeout "unknown"; returns how many. */
    public int markInterrupted() {
        Instant before = clock.instant().minus(properties.sendTimeout());
        return tx.execute(s -> {
            List<Long> stuck = messages.stuckIds(before);
            stuck.forEach(id -> messages.findById(id).ifPresent(OutboundMessage::interrupted));
            if (!stuck.isEmpty()) {
                log.warn("{} message(s) were interrupted while sending and are now 'unknown': {}", stuck.size(), stuck);
            }
            return stuck.size();
        });
    }

    /** Checks the message may go now; if so claims it and returns what to send. Null when refused or postponed. */
    Mailer.Outgoing claim(long id) {
        OutboundMessage message = messages.findById(id).orElse(null);
        Instant now = clock.instant();
        if (message == null
                || message.view().status() != MessageStatus.QUEUED
                || message.view().nextAttemptAt().isAfter(now)) {
            return null;
        }
        MessageView view = message.view();
        SenderProfile from = senders.of(view.sender());
        String unsubscribe = null;
        if (message.kind() == OutboundMessage.Kind.PERSON) {
            if (!mayGo(message, now)) {
                return null;
            }
            unsubscribe = unsubscribes.linkFor(view.person());
        } else {
            from = new SenderProfile(null, properties.defaultFrom(), "Rekindle", null);
        }
        message.claim(now);
        messages.flush();
        return new Mailer.Outgoing(
                view.id(),
                view.messageId(),
                from.fromAddress(),
                from.fromName(),
                view.to(),
                replyTo(view.id()),
                view.subject(),
                view.bodyText(),
                message.bodyHtml(),
                unsubscribe);
    }

    private boolean mayGo(OutboundMessage message, Instant now) {
        MessageView view = message.view();
        Optional<PersonDetails> person = people.find(view.person());
        if (person.isEmpty()) {
            message.refuse("The person is no longer in Rekindle");
            return false;
        }
        Optional<String> bounced = badAddresses.why(view.to());
        if (bounced.isPresent()) {
            message.refuse(view.to() + " bounced: " + bounced.get());
            return false;
        }
        try {
            guard.checkOutbound(view.person(), Channel.EMAIL);
        } catch (ConflictException refused) {
            message.refuse(refused.getMessage());
            return false;
        }
        ZoneId senderZone = users.find(view.sender()).map(UserSummary::timeZone).orElse(ZoneId.of("UTC"));
        ZoneId recipientZone = SendingWindow.zoneOf(person.get().location(), senderZone);
        Instant opens = window.nextOpening(now, recipientZone);
        if (opens.isAfter(now)) {
            message.postpone(opens, "Waiting for the sending window in " + recipientZone);
            return false;
        }
        if (view.sender() != null) {
            LocalDate today = LocalDate.ofInstant(now, senderZone);
            Instant startOfDay = today.atStartOfDay(senderZone).toInstant();
            long claimed = messages.claimedSince(view.sender().value(), startOfDay, COUNTED);
            if (claimed >= properties.dailyCap()) {
                message.postpone(
                        today.plusDays(1).atStartOfDay(senderZone).toInstant(),
                        "The sender's daily cap of " + properties.dailyCap() + " emails is reached");
                return false;
            }
        }
        return true;
    }

    private String replyTo(long id) {
        String base = properties.replyAddress();
        if (base == null) {
            return null;
        }
        int at = base.lastIndexOf('@');
        return base.substring(0, at) + "+r" + id + base.substring(at);
    }

    private MessageView sent(long id) {
        OutboundMessage message = messages.findById(id).orElseThrow();
        message.sent(clock.instant());
        return message.view();
    }

    private void failed(long id, MailException e) {
        OutboundMessage message = messages.findById(id).orElseThrow();
        if (message.view().status() != MessageStatus.SENDING) {
            return; // marked unknown while a slow server answered: an operator decides
        }
        int attempts = message.view().attempts();
        String error = rootMessage(e);
        if (Mailer.permanent(e) || attempts >= properties.maxAttempts()) {
            message.sendFailed(error, null);
            log.warn("Message {} failed for good after {} attempt(s): {}", id, attempts, error);
        } else {
            Duration backOff = properties.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
            if (backOff.compareTo(properties.maxRetry()) > 0) {
                backOff = properties.maxRetry();
            }
            message.sendFailed(error, clock.instant().plus(backOff));
            log.info("Message {} not sent ({}); next attempt in {}", id, error, backOff);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return e.getMessage() != null && t != e ? e.getMessage() + ": " + m : m;
    }

    // ---- operators ----

    /** An operator checked that a message whose fate was unknown did reach the server. */
    public MessageView confirmSent(long id) {
        return tx.execute(s -> {
            OutboundMessage m = load(id);
            m.confirmSent(clock.instant());
            return m.view();
        });
    }

    /** An operator asks to send a failed message, or one whose fate was unknown, again. */
    public MessageView resend(long id) {
        return tx.execute(s -> {
            OutboundMessage m = load(id);
            try {
                m.requeue(clock.instant());
            } catch (IllegalStateException e) {
                throw new ConflictException(e.getMessage());
            }
            return m.view();
        });
    }

    public MessageView cancel(long id) {
        return tx.execute(s -> {
            OutboundMessage m = load(id);
            try {
                m.cancel();
            } catch (IllegalStateException e) {
                throw new ConflictException("Only a queued message can be cancelled");
            }
            return m.view();
        });
    }

    // ---- reading ----

    public MessageView get(long id) {
        return readOnly.execute(s -> load(id).view());
    }

    public List<MessageView> of(PersonId person) {
        return readOnly.execute(s -> messages.findByPersonIdOrderByQueuedAtDesc(person.value()).stream()
                .map(OutboundMessage::view)
                .toList());
    }

    /** One page of the outbox, newest first, optionally of one status. */
    public Page<MessageView> page(MessageStatus status, int page, int size) {
        var request = PageRequest.of(page, size, Sort.by("queuedAt", "id").descending());
        return readOnly.execute(
                s -> (status == null ? messages.findAllBy(request) : messages.findByStatus(status, request))
                        .map(OutboundMessage::view));
    }

    public Map<MessageStatus, Long> counts() {
        return readOnly.execute(s -> {
            var counts = new java.util.EnumMap<MessageStatus, Long>(MessageStatus.class);
            for (MessageStatus status : MessageStatus.values()) {
                counts.put(status, messages.countByStatus(status));
            }
            return counts;
        });
    }

    private OutboundMessage load(long id) {
        return messages.findById(id).orElseThrow(() -> new NotFoundException("Message", id));
    }
}
