package io.rekindle.outreach;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Turns an outbox row into a MIME message (plain text and HTML, the unsubscribe link and its RFC 8058 headers, our own
 * Message-ID so replies can be matched) and hands it to the SMTP server through Spring Mail.
 */
@Component
class Mailer {

    private final ObjectProvider<JavaMailSender> sender;

    Mailer(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender;
    }

    /** False until {@code spring.mail.host} is set: messages then wait in the outbox. */
    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    void send(Outgoing out) {
        JavaMailSender mail = sender.getObject();
        mail.send(build(mail, out));
    }

    /**
     * Sends several messages over one SMTP connection. Returns the failures by Message-ID; every message not in it was
     * accepted by the server. A failure to connect fails them all.
     */
    Map<String, MailException> sendAll(List<Outgoing> batch) {
        JavaMailSender mail = sender.getObject();
        var failures = new LinkedHashMap<String, MailException>();
        var built = new LinkedHashMap<MimeMessage, String>();
        for (Outgoing out : batch) {
            try {
                built.put(build(mail, out), out.messageId());
            } catch (MailException e) {
                failures.put(out.messageId(), e);
            }
        }
        if (built.isEmpty()) {
            return failures;
        }
        try {
            mail.send(built.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                built.values().forEach(id -> failures.put(id, e));
            }
            e.getFailedMessages().forEach((message, cause) -> {
                String id = built.get(message);
                if (id != null) {
                    var one = new MailSendException(
                            cause.getMessage() == null ? "Sending failed" : cause.getMessage(),
                            cause,
                            Map.of(message, cause));
                    failures.put(id, one);
                }
            });
        } catch (MailException e) {
            built.values().forEach(id -> failures.put(id, e));
        }
        return failures;
    }

    private MimeMessage build(JavaMailSender mail, Outgoing out) {
        Session session =
                mail instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
        MimeMessage message = new FixedIdMessage(session, out.messageId());
        try {
            boolean html = out.html() != null;
            var helper = new MimeMessageHelper(message, html, "UTF-8");
            helper.setFrom(out.fromAddress(), out.fromName());
            helper.setTo(out.to());
            if (out.replyTo() != null) {
                helper.setReplyTo(out.replyTo());
            }
            helper.setSubject(out.subject());
            if (out.unsubscribeUrl() != null) {
                String text = out.text() + "\n\n--\nTo stop receiving emails from us: " + out.unsubscribeUrl() + "\n";
                if (html) {
                    helper.setText(
                            text,
                            out.html() + "\n<p style=\"font-size:small;color:#666\"><a href=\""
                                    + org.springframework.web.util.HtmlUtils.htmlEscape(out.unsubscribeUrl())
                                    + "\">Unsubscribe</a></p>");
                } else {
                    helper.setText(text);
                }
                message.setHeader("List-Unsubscribe", "<" + out.unsubscribeUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            } else if (html) {
                helper.setText(out.text(), out.html());
            } else {
                helper.setText(out.text());
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Could not build the message", e);
        }
        return message;
    }

    /** True when trying again cannot help: the server refused the address, or the message cannot be built. */
    static boolean permanent(MailException e) {
        if (e instanceof MailParseException || e instanceof MailPreparationException) {
            return true;
        }
        if (e instanceof MailSendException send) {
            return send.getFailedMessages().values().stream()
                    .anyMatch(ex -> ex instanceof SendFailedException sfe
                            && sfe.getInvalidAddresses() != null
                            && sfe.getInvalidAddresses().length > 0);
        }
        return false;
    }

    record Outgoing(
            long id,
            String messageId,
            String fromAddress,
            String fromName,
            String to,
            String replyTo,
            String subject,
            String text,
            String html,
            String unsubscribeUrl) {}

    /** Keeps the Message-ID chosen when the message was queued (JavaMail would make a new one on save). */
    private static final class FixedIdMessage extends MimeMessage {

        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
