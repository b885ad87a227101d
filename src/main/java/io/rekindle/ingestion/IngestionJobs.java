package io.rekindle.ingestion;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ingestion module's background jobs (run by the platform's scheduler, one server at a time): waiting files of
 * resume batches are read every few seconds until none is left; staged uploads nobody confirmed are swept daily.
 */
@Configuration(proxyBeanMethods = false)
class IngestionJobs {

    @Bean
    RecurringTask<Void> readResumeBatches(ResumeBatches batches) {
        return Tasks.recurring("read-resume-batches", Schedules.fixedDelay(Duration.ofSeconds(5)))
                .execute((instance, context) -> {
                    while (batches.processPending(20) > 0
                            && !context.getSchedulerState().isShuttingDown()) {
                        // next page
                    }
                });
    }

    @Bean
    RecurringTask<Void> sweepStagedResumes(StagedUploads staged) {
        return Tasks.recurring("sweep-staged-resumes", Schedules.fixedDelay(Duration.ofHours(6)))
                .execute((instance, context) -> staged.sweep(Duration.ofDays(2)));
    }
}
