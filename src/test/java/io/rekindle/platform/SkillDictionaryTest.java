package io.rekindle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillDictionaryTest {

    static final SkillDictionary skills = new SkillDictionary();

    @Test
    void findsSkillsInAResumeLineLongestPhraseFirst() {
        assertThat(skills.findIn("Skills: Java, Spring Boot, PostgreSQL, Kubernetes (k8s), CI/CD, Node.js and C++."))
                .containsExactly("Java", "Spring", "PostgreSQL", "Kubernetes", "CI/CD", "Node.js", "C++");
    }

    @Test
    void knowsSalesAndRecruitingSkills() {
        assertThat(skills.findIn("Full-cycle recruiting, Boolean search and cold calling; exceeded quota using SFDC"))
                .contains("Full-cycle recruiting", "Boolean search", "Cold calling", "Salesforce");
    }

    @Test
    void shortAcronymsMatchOnlyAsWrittenAndEverydayWordsOnlyCapitalised() {
        assertThat(skills.findIn("Statistics in R and SAS")).contains("R", "SAS");
        assertThat(skills.findIn("r and sas are letters")).doesNotContain("R", "SAS");
        assertThat(skills.findIn("I excel at closing deals")).doesNotContain("Excel");
        assertThat(skills.findIn("Advanced Excel and Outlook")).contains("Excel", "Outlook");
    }

    @Test
    void givesTheCanonicalSpellingOfAnAlias() {
        assertThat(skills.canonical("sfdc")).contains("Salesforce");
        assertThat(skills.canonical("Postgres")).contains("PostgreSQL");
        assertThat(skills.canonical("underwater basket weaving")).isEmpty();
        assertThat(skills.canonical())
                .contains("Java", "Negotiation", "Microsoft SQL Server")
                .hasSizeGreaterThan(5000);
    }
}
