package io.rekindle.ingestion.imports;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The imports' background job (run by the platform's scheduler, one server at a time): every few seconds, imports
 * that are queued or were interrupted run from their first pending row.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportSettings.class)
class ImportJobs {

    @Bean
    RecurringTask<Void> runImports(ImportFiles imports) {
        return Tasks.recurring("run-imports", Schedules.fixedDelay(Duration.ofSeconds(5)))
                .execute((instance, context) -> imports.runPending());
    }
}
