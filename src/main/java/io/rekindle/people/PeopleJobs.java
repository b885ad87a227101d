package io.rekindle.people;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The people module's background jobs (run by the platform's scheduler, idempotent): people written in bulk get their
 * match keys soon after start and every 10 minutes; the duplicate scan runs every night at 03:00 (server time).
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
        return Tasks.recurring("scan-duplicates", Schedules.daily(LocalTime.of(3, 0)))
                .execute((instance, context) -> duplicates.scan());
    }
}
