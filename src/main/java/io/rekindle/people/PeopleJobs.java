package io.rekindle.people;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The people module's background jobs (run by the platform's scheduler, idempotent): people written in bulk get their
 * match keys soon after start and every 10 minutes; the duplicate scan runs once a day.
 */
@Configuration(proxyBeanMethods = false)
class PeopleJobs {

    @Bean
    RecurringTask<Void> rekeyPeople(Duplicates duplicates) {
        return Tasks.recurring("rekey-people", Schedules.fixedDelay(Duration.ofMinutes(10)))
                .execute((instance, context) -> duplicates.rekeyMissing());
    }

    @Bean
    RecurringTask<Void> scanDuplicates(Duplicates duplicates) {
        return Tasks.recurring("scan-duplicates", Schedules.fixedDelay(Duration.ofHours(24)))
                .execute((instance, context) -> duplicates.scan());
    }
}
