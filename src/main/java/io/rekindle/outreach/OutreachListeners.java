package io.rekindle.outreach;

import io.rekindle.followups.CadenceStepDue;
import io.rekindle.followups.Channel;
import io.rekindle.followups.Direction;
import io.rekindle.followups.TouchData;
import io.rekindle.followups.Touches;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Each sent email is logged as an outbound touch (a batch sent, one call); each email step of a cadence queues its message. */
@Component
class OutreachListeners {

    private static final Logger log = LoggerFactory.getLogger(OutreachListeners.class);
    static final String FALLBACK_TEMPLATE = "check-in";

    private final Touches touches;
    private final Outbox outbox;
    private final Templates templates;

    OutreachListeners(Touches touches, Outbox outbox, Templates templates) {
        this.touches = touches;
        this.outbox = outbox;
        this.templates = templates;
    }

    @ApplicationModuleListener
    void on(EmailsSent event) {
        touches.recordAll(event.messages().stream()
                .filter(m -> m.person() != null)
                .map(OutreachListeners::touchOf)
                .toList());
    }

    @ApplicationModuleListener
    void on(EmailSent event) {
        on(new EmailsSent(java.util.List.of(event.message())));
    }

    private static Touches.OnBehalf touchOf(MessageView m) {
        return new Touches.OnBehalf(
                new TouchData(
                        m.person(),
                        m.opening(),
                        Channel.EMAIL,
                        Direction.OUTBOUND,
                        null,
                        "Email: " + m.subject(),
                        m.sentAt()),
                m.sender());
    }

    /**
     * The step's script names the template (its key, "ask-again", or its name); any other script falls back to the
     * built-in check-in. People who may not be emailed get no message: the step's follow-up is still there.
     */
    @ApplicationModuleListener
    void on(CadenceStepDue event) {
        if (event.channel() != Channel.EMAIL || outbox.stepQueued(event.enrollment(), event.step())) {
            return;
        }
        var template = templates.named(event.script()).or(() -> templates.byKey(FALLBACK_TEMPLATE));
        if (template.isEmpty()) {
            return;
        }
        try {
            outbox.queueNow(
                    new NewEmail(event.person(), null, template.get().id(), event.owner()),
                    event.enrollment(),
                    event.step());
        } catch (ConflictException | InvalidInputException e) {
            log.info("Cadence email step for person {} not queued: {}", event.person(), e.getMessage());
        }
    }
}
