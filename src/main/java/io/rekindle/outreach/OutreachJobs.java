package io.rekindle.outreach;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outreach module's background jobs, run by the platform's scheduler (one server runs each execution): the outbox
 * every 10 seconds, the reply mailbox every minute, the daily digests every 15 minutes (each user once a day).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutreachProperties.class)
class OutreachJobs {

    @Bean
    RecurringTask<Void> sendOutbox(Outbox outbox) {
        return Tasks.recurring("outreach-send-outbox", Schedules.fixedDelay(Duration.ofSeconds(10)))
                .execute((instance, context) -> outbox.sendDue());
    }

    @Bean
    RecurringTask<Void> pollReplies(Replies replies) {
        return Tasks.recurring("outreach-poll-replies", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> replies.pollMailbox());
    }

    @Bean
    RecurringTask<Void> queueDigests(Digests digests) {
        return Tasks.recurring("outreach-queue-digests", Schedules.fixedDelay(Duration.ofMinutes(15)))
                .execute((instance, context) -> digests.queueDue());
    }
}
