package io.rekindle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rekindle.people.People;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded Lucene index after a crash: bulk work commits it about once a second, so the catch-up at start indexes
 * the newest profiles again.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class IndexRecoveryTests {

    @Autowired
    People people;

    @Autowired
    PeopleSearch search;

    @Autowired
    Profiles profiles;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theCatchUpAtStartIndexesAgainTheNewestProfilesACrashCanHaveLostFromTheIndex() {
        String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var ann = people.create(TestData.person("Ann " + marker, null));
        var bob = people.create(TestData.person("Bob " + marker, null));
        await().untilAsserted(() -> assertThat(names(marker)).hasSize(2));
        transactions.executeWithoutResult(s -> {
            var plan = Search.session(entityManager).indexingPlan();
            plan.purge(SearchProfile.class, ann.id().value(), null);
            plan.purge(SearchProfile.class, bob.id().value(), null);
        });
        assertThat(names(marker)).isEmpty();

        profiles.catchUp();

        assertThat(names(marker)).containsExactly("Ann " + marker, "Bob " + marker);
    }

    private List<String> names(String marker) {
        return search.search(SearchRequest.query(marker), 0, 10).items().stream()
                .map(SearchHit::fullName)
                .sorted()
                .toList();
    }
}
