package io.rekindle.platform;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs every module's background jobs on one db-scheduler: a module declares its recurring and one-time tasks as
 * beans of type {@link Task}; executions are persistent (table {@code scheduled_tasks}) and cluster-safe (one server
 * runs each execution). An execution a crashed server left behind runs again once it missed the heartbeats
 * {@link JobSettings} allows. Off with {@code rekindle.jobs.enabled=false} (tests call the job methods directly).
 */
@Component
@ConditionalOnProperty(name = "rekindle.jobs.enabled", havingValue = "true", matchIfMissing = true)
class BackgroundJobs {

    private final DataSource dataSource;
    private final List<Task<?>> tasks;
    private final JobSettings settings;
    private Scheduler scheduler;

    BackgroundJobs(DataSource dataSource, List<Task<?>> tasks, JobSettings settings) {
        this.dataSource = dataSource;
        this.tasks = tasks;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    @SuppressWarnings({"unchecked", "rawtypes"})
    void start() {
        List<Task<?>> onDemand =
                tasks.stream().filter(task -> !(task instanceof OnStartup)).toList();
        List recurring = tasks.stream().filter(OnStartup.class::isInstance).toList();
        scheduler = Scheduler.create(dataSource, onDemand)
                .startTasks(recurring)
                .threads(2)
                .pollingInterval(Duration.ofSeconds(10))
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(settings.missedHeartbeatsLimit())
                .enableImmediateExecution()
                .build();
        scheduler.start();
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.stop();
        }
    }
}
