package io.rekindle.outreach;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One GreenMail per test JVM, real SMTP and IMAP on free ports; the reply mailbox is replies@agency.test. */
final class MailServer {

    static final String REPLIES = "replies@agency.test";
    static final GreenMail GREEN_MAIL = start();

    private MailServer() {}

    private static GreenMail start() {
        GreenMail greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
        greenMail.setUser(REPLIES, "replies", "secret");
        return greenMail;
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> GREEN_MAIL.getSmtp().getPort());
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
        registry.add("rekindle.outreach.reply-address", () -> REPLIES);
        registry.add("rekindle.outreach.base-url", () -> "https://rekindle.agency.test");
        registry.add("rekindle.outreach.imap.host", () -> "127.0.0.1");
        registry.add("rekindle.outreach.imap.port", () -> GREEN_MAIL.getImap().getPort());
        registry.add("rekindle.outreach.imap.username", () -> "replies");
        registry.add("rekindle.outreach.imap.password", () -> "secret");
    }

    static void purge() {
        try {
            GREEN_MAIL.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
