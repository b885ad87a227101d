package io.rekindle.platform;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;

/** Housekeeping: event publications that every listener completed are kept a week (for audit), then deleted. */
@Configuration(proxyBeanMethods = false)
class PlatformJobs {

    static final Duration KEEP_COMPLETED_EVENTS = Duration.ofDays(7);

    @Bean
    RecurringTask<Void> pruneCompletedEvents(CompletedEventPublications completed) {
        return Tasks.recurring("prune-completed-events", Schedules.fixedDelay(Duration.ofHours(6)))
                .execute((instance, context) -> completed.deletePublicationsOlderThan(KEEP_COMPLETED_EVENTS));
    }
}
