package io.rekindle.followups;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Background jobs on db-scheduler: persistent and cluster-safe (one server runs each execution), and idempotent.
 * Every hour the revisit dates that have arrived become follow-ups, every 15 minutes the cadence steps that fell
 * due; after downtime the next run catches up.
 */
@Component
@ConditionalOnProperty(name = "rekindle.jobs.enabled", havingValue = "true", matchIfMissing = true)
class FollowUpJobs {

    private final DataSource dataSource;
    private final Revisits revisits;
    private final Cadences cadences;
    private final Clock clock;
    private Scheduler scheduler;

    FollowUpJobs(DataSource dataSource, Revisits revisits, Cadences cadences, Clock clock) {
        this.dataSource = dataSource;
        this.revisits = revisits;
        this.cadences = cadences;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        RecurringTask<Void> materialize = Tasks.recurring(
                        "materialize-revisits", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    revisits.backfill();
                    revisits.materializeDue(LocalDate.now(clock));
                });
        RecurringTask<Void> steps = Tasks.recurring(
                        "materialize-cadence-steps", Schedules.fixedDelay(Duration.ofMinutes(15)))
                .execute((instance, context) -> cadences.materializeDue());
        scheduler = Scheduler.create(dataSource)
                .startTasks(materialize, steps)
                .threads(1)
                .pollingInterval(Duration.ofSeconds(30))
                .build();
        scheduler.start();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.stop();
        }
    }
}
