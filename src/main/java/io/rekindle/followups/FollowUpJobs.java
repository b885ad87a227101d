package io.rekindle.followups;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The follow-ups module's background jobs (run by the platform's scheduler, idempotent): every hour the revisit dates
 * that have arrived become follow-ups, every 15 minutes the cadence steps that fell due; after downtime the next run
 * catches up.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpJobs {

    @Bean
    RecurringTask<Void> materializeRevisits(Revisits revisits, Clock clock) {
        return Tasks.recurring("materialize-revisits", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    revisits.backfill();
                    revisits.materializeDue(LocalDate.now(clock));
                });
    }

    @Bean
    RecurringTask<Void> materializeCadenceSteps(Cadences cadences) {
        return Tasks.recurring("materialize-cadence-steps", Schedules.fixedDelay(Duration.ofMinutes(15)))
                .execute((instance, context) -> cadences.materializeDue());
    }
}
