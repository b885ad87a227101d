package io.rekindle.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How soon the background jobs' scheduler runs again an execution a crashed server left behind, under
 * {@code rekindle.jobs.*}: an execution whose last heartbeat is older than {@code heartbeatInterval} times
 * {@code missedHeartbeatsLimit} counts as dead and runs again (db-scheduler checks every two heartbeat intervals).
 *
 * @param heartbeatInterval how often a running execution tells the database it is alive
 * @param missedHeartbeatsLimit heartbeats an execution may miss before it counts as dead
 */
@ConfigurationProperties("rekindle.jobs")
record JobSettings(Duration heartbeatInterval, int missedHeartbeatsLimit) {

    JobSettings {
        heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(20) : heartbeatInterval;
        missedHeartbeatsLimit = missedHeartbeatsLimit <= 0 ? 6 : missedHeartbeatsLimit;
    }
}
