package io.rekindle.outreach;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.rekindle.RekindleApplication;
import io.rekindle.followups.Cadences;
import io.rekindle.people.People;
import io.rekindle.people.PersonData;
import io.rekindle.people.PersonDetails;
import io.rekindle.people.PersonId;
import io.rekindle.platform.Role;
import io.rekindle.platform.UserId;
import io.rekindle.platform.Users;
import io.rekindle.support.Benches;
import io.rekindle.support.TestData;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outbox throughput to a local SMTP server (GreenMail) and the delay from a reply arriving in the mailbox to the
 * cadence stopping. In-memory H2 (the test properties), jobs off: the bench calls {@code sendDue} and
 * {@code pollMailbox} itself, as the db-scheduler tasks would.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.rekindle.outreach.OutboxBench \
 *   -Dexec.args="--messages=2000 --replies=20"
 * </pre>
 */
public final class OutboxBench {

    public static void main(String[] args) throws Exception {
        int messages = intArg(args, "messages", 2000);
        int replies = intArg(args, "replies", 20);
        GreenMail greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
        greenMail.setUser("replies@agency.test", "replies", "secret");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RekindleApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        Benches.asShipped(),
                        "--rekindle.data-dir=" + freshDirectory("/tmp/rekindle-outbox-bench"),
                        "--server.port=0",
                        "--rekindle.jobs.enabled=false",
                        "--logging.level.io.rekindle=WARN",
                        "--spring.main.banner-mode=off",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + greenMail.getSmtp().getPort(),
                        "--rekindle.outreach.reply-address=replies@agency.test",
                        "--rekindle.outreach.imap.host=127.0.0.1",
                        "--rekindle.outreach.imap.port=" + greenMail.getImap().getPort(),
                        "--rekindle.outreach.imap.username=replies",
                        "--rekindle.outreach.imap.password=secret",
                        "--rekindle.outreach.window-start=00:00",
                        "--rekindle.outreach.window-end=23:59:59",
                        "--rekindle.outreach.window-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                        "--rekindle.outreach.daily-cap=1000000",
                        "--rekindle.outreach.batch=1000000");
        try {
            People people = context.getBean(People.class);
            Outbox outbox = context.getBean(Outbox.class);
            Templates templates = context.getBean(Templates.class);
            Replies replyReader = context.getBean(Replies.class);
            Cadences cadences = context.getBean(Cadences.class);
            UserId sender = context.getBean(Users.class)
                    .create(
                            new Users.NewUser(
                                    "bench", "Bench Sender", "bench@agency.test", Role.RECRUITER, ZoneId.of("UTC")),
                            "temporary-pw-1")
                    .id();
            long template = templates.byKey("thank-you").orElseThrow().id();

            var persons = new ArrayList<PersonDetails>();
            for (int i = 0; i < messages; i++) {
                PersonData data = TestData.person("Bench Person " + i, "bench" + i + "@example.com");
                persons.add(people.create(data));
            }
            long queueStart = System.nanoTime();
            for (PersonDetails p : persons) {
                outbox.queue(new NewEmail(p.id(), null, template, sender));
            }
            double queueSeconds = (System.nanoTime() - queueStart) / 1e9;

            var os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
            long sendStart = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long threadCpuStart = threads.getCurrentThreadCpuTime();
            int sent = outbox.sendDue();
            double outboxCpu = (threads.getCurrentThreadCpuTime() - threadCpuStart) / 1e9;
            double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
            double sendCpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            int received = greenMail.getReceivedMessages().length;
            while (jdbc.sql("select count(*) from event_publication where completion_date is null")
                            .query(Long.class)
                            .single()
                    > 0) {
                Thread.sleep(10);
            }
            double allSeconds = (System.nanoTime() - sendStart) / 1e9;
            double allCpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            System.out.printf(
                    "queue: %,d messages in %.2f s (%.1f msg/s)%n", messages, queueSeconds, messages / queueSeconds);
            System.out.printf(
                    "send:  %,d sent (%,d received by GreenMail) in %.2f s: %.1f msg/s%n",
                    sent, received, sendSeconds, sent / sendSeconds);
            System.out.printf(
                    "       the sending thread's own CPU (checks, claim, MIME, SMTP client, record): %.1f s (%.1f ms a"
                            + " message: %.0f msg/s a core)%n",
                    outboxCpu, 1000 * outboxCpu / sent, sent / outboxCpu);
            System.out.printf(
                    "       process CPU during sendDue %.1f s (%.1f ms a message); with the touches logged by the"
                            + " EmailsSent listeners: %.1f s wall, %.1f s CPU (%.1f ms a message); load average %.1f on %d cores%n",
                    sendCpu,
                    1000 * sendCpu / sent,
                    allSeconds,
                    allCpu,
                    1000 * allCpu / sent,
                    os.getSystemLoadAverage(),
                    os.getAvailableProcessors());

            double[] delays = new double[replies];
            for (int i = 0; i < replies; i++) {
                PersonDetails p = people.create(TestData.person("Reply Person " + i, "reply" + i + "@example.com"));
                cadences.enroll(p.id(), 1, sender);
                MessageView m = outbox.queue(new NewEmail(p.id(), null, template, sender));
                outbox.sendDue();
                var session = Session.getInstance(smtp(greenMail));
                var reply = new MimeMessage(session);
                reply.setFrom(new InternetAddress(p.emails().get(0)));
                reply.setRecipients(Message.RecipientType.TO, "replies@agency.test");
                reply.setSubject("Re: " + m.subject());
                reply.setHeader("In-Reply-To", outbox.get(m.id()).messageId());
                reply.setText("Yes, call me.");
                Transport.send(reply);
                long arrived = System.nanoTime();
                replyReader.pollMailbox();
                waitUntilStopped(cadences, p.id());
                delays[i] = (System.nanoTime() - arrived) / 1e6;
            }
            Arrays.sort(delays);
            System.out.printf(
                    "reply -> cadence stopped (poll right after arrival): p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)%n",
                    delays[(int) Math.ceil(0.5 * replies) - 1],
                    delays[(int) Math.ceil(0.95 * replies) - 1],
                    delays[replies - 1],
                    replies);
        } finally {
            context.close();
            greenMail.stop();
        }
    }

    private static void waitUntilStopped(Cadences cadences, PersonId person) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (cadences.activeFor(person).isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cadence of " + person + " did not stop");
            }
            Thread.sleep(1);
        }
    }

    private static Properties smtp(GreenMail greenMail) {
        var props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        return props;
    }

    private static int intArg(String[] args, String name, int fallback) {
        return List.of(args).stream()
                .filter(a -> a.startsWith("--" + name + "="))
                .map(a -> Integer.parseInt(a.substring(name.length() + 3)))
                .findFirst()
                .orElse(fallback);
    }

    private OutboxBench() {}

    private static String freshDirectory(String dir) {
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File(dir));
        return dir;
    }
}
