package io.rekindle.outreach;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an incoming message is: a delivery status notification (RFC 3464) is a bounce; RFC 3834
 * {@code Auto-Submitted}, {@code X-Autoreply}, {@code X-Autorespond}, {@code X-Auto-Response-Suppress} and
 * {@code Precedence: auto_reply/bulk/junk} mark an auto-reply; anything else from a person is a reply. Also collects
 * the Message-IDs it refers to and the plus-address tag ({@code +r42}).
 */
final class MailClassifier {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern PLUS_TAG = Pattern.compile("\\+r(\\d+)@", Pattern.CASE_INSENSITIVE);
    private static final Pattern FINAL_RECIPIENT = Pattern.compile(
            "^(?:Final|Original)-Recipient:\\s*rfc822;\\s*<?([^>\\s]+)>?",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern ACTION =
            Pattern.compile("^Action:\\s*(\\S+)", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern STATUS =
            Pattern.compile("^Status:\\s*(\\S+)", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern DIAGNOSTIC =
            Pattern.compile("^Diagnostic-Code:\\s*(.+)$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern HEADER_MESSAGE_ID =
            Pattern.compile("^Message-ID:\\s*(<[^>]+>)", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern AUTO_SUBJECT = Pattern.compile(
            "^(out of (the )?office|automatic reply|auto(matic)?[- ]?reply|autosvar|abwesenheit|absence|on vacation|away from)",
            Pattern.CASE_INSENSITIVE);

    private MailClassifier() {}

    record Reading(
            InboundView.Kind kind,
            String key,
            String from,
            String subject,
            String excerpt,
            Set<String> refersTo,
            Long plusTag,
            String bouncedAddress,
            String bounceReason) {}

    static Reading read(MimeMessage message) throws MessagingException, IOException {
        String from = firstAddress(message.getFrom());
        String subject = message.getSubject() == null ? "" : message.getSubject();
        String key = message.getMessageID() != null ? message.getMessageID() : fallbackKey(message, from, subject);
        Set<String> refersTo = new LinkedHashSet<>();
        addIds(refersTo, message.getHeader("In-Reply-To"));
        addIds(refersTo, message.getHeader("References"));
        Long tag = plusTag(message);
        if (isBounce(message, from, subject)) {
            var dsn = new StringBuilder();
            collectReport(message, dsn);
            String report = dsn.toString();
            Matcher action = ACTION.matcher(report);
            if (action.find() && !action.group(1).equalsIgnoreCase("failed")) {
                return new Reading(
                        InboundView.Kind.AUTO_REPLY, key, from, subject, "Delivery delayed", refersTo, tag, null, null);
            }
            Matcher rcpt = FINAL_RECIPIENT.matcher(report);
            String address = rcpt.find() ? rcpt.group(1) : null;
            Matcher original = HEADER_MESSAGE_ID.matcher(report);
            while (original.find()) {
                refersTo.add(original.group(1));
            }
            Matcher diag = DIAGNOSTIC.matcher(report);
            Matcher status = STATUS.matcher(report);
            String reason = diag.find() ? diag.group(1).strip() : status.find() ? "status " + status.group(1) : subject;
            return new Reading(
                    InboundView.Kind.BOUNCE, key, from, subject, excerpt(reason), refersTo, tag, address, reason);
        }
        InboundView.Kind kind = isAutoReply(message, subject) ? InboundView.Kind.AUTO_REPLY : InboundView.Kind.REPLY;
        return new Reading(kind, key, from, subject, excerpt(textOf(message)), refersTo, tag, null, null);
    }

    static boolean isAutoReply(Message message, String subject) throws MessagingException {
        String auto = header(message, "Auto-Submitted");
        if (auto != null && !auto.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        if (header(message, "X-Autoreply") != null
                || header(message, "X-Autorespond") != null
                || header(message, "X-Autoresponder") != null
                || header(message, "X-Auto-Response-Suppress") != null) {
            return true;
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("auto_reply|bulk|junk|list")) {
            return true;
        }
        return AUTO_SUBJECT.matcher(subject.strip()).find();
    }

    static boolean isBounce(Message message, String from, String subject) throws MessagingException {
        String type =
                message.getContentType() == null ? "" : message.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/report") && type.contains("delivery-status")) {
            return true;
        }
        String sender = from == null ? "" : from.toLowerCase(Locale.ROOT);
        return (sender.startsWith("mailer-daemon@") || sender.startsWith("postmaster@"))
                && subject.toLowerCase(Locale.ROOT).matches(".*(undeliver|failure|returned|not delivered).*");
    }

    /** The text of the report's parts, read raw so that no content handler stands between us and the fields. */
    private static void collectReport(Part part, StringBuilder out) throws MessagingException, IOException {
        Object content = part.getContent();
        if (!(content instanceof Multipart multipart)) {
            out.append(asText(content));
            return;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart child = multipart.getBodyPart(i);
            String type = child.getContentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("message/delivery-status")
                    || type.startsWith("text/rfc822-headers")
                    || type.startsWith("message/rfc822")
                    || type.startsWith("text/plain")) {
                out.append(asText(child.getInputStream())).append('\n');
            } else if (type.startsWith("multipart/")) {
                collectReport(child, out);
            }
        }
    }

    private static String asText(Object content) throws IOException, MessagingException {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof InputStream in) {
            var buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toString(StandardCharsets.UTF_8);
        }
        if (content instanceof Part part) {
            return asText(part.getContent());
        }
        if (content instanceof Multipart multipart) {
            var sb = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                sb.append(asText(multipart.getBodyPart(i).getContent())).append('\n');
            }
            return sb.toString();
        }
        return String.valueOf(content);
    }

    /** The plain text of a message (the first text part), without quoted lines. */
    static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return asText(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOf(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        if (part.isMimeType("text/html")) {
            return asText(part.getContent()).replaceAll("<[^>]+>", " ");
        }
        return "";
    }

    private static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\r?\\n")) {
            if (line.startsWith(">") || line.matches("^On .* wrote:\\s*$")) {
                continue;
            }
            lines.add(line);
        }
        String joined = String.join("\n", lines).strip();
        return joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }

    private static Long plusTag(Message message) throws MessagingException {
        var candidates = new ArrayList<String>();
        for (String h : List.of("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To")) {
            String[] values = message.getHeader(h);
            if (values != null) {
                candidates.addAll(List.of(values));
            }
        }
        for (String c : candidates) {
            Matcher m = PLUS_TAG.matcher(c);
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return null;
    }

    private static void addIds(Set<String> ids, String[] headers) {
        if (headers == null) {
            return;
        }
        for (String h : headers) {
            Matcher m = MESSAGE_ID.matcher(h);
            while (m.find()) {
                ids.add(m.group());
            }
        }
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String firstAddress(jakarta.mail.Address[] addresses) {
        if (addresses == null || addresses.length == 0) {
            return null;
        }
        return addresses[0] instanceof InternetAddress ia ? ia.getAddress() : addresses[0].toString();
    }

    private static String fallbackKey(MimeMessage message, String from, String subject) throws MessagingException {
        return "no-id:" + from + ":"
                + (message.getSentDate() == null ? "" : message.getSentDate().getTime()) + ":"
                + Integer.toHexString(subject.hashCode());
    }
}
