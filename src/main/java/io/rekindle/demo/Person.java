package io.rekindle.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record Person(
        long id,
        String firstName,
        String lastName,
        String title,
        String employer,
        Samples.City city,
        String source,
        long ownerId,
        Instant createdAt,
        List<String> emails,
        List<String> phones,
        List<String> skills,
        List<String> tags,
        DoNotContact doNotContact) {

    record DoNotContact(String reason, LocalDate since) {}

    String fullName() {
        return firstName + " " + lastName;
    }

    Person withDoNotContact(DoNotContact value) {
        return new Person(
                id, firstName, lastName, title, employer, city, source, ownerId, createdAt, emails, phones, skills,
                tags, value);
    }

    Person withProfile(String newSource, List<String> newTags) {
        return new Person(
                id,
                firstName,
                lastName,
                title,
                employer,
                city,
                newSource,
                ownerId,
                createdAt,
                emails,
                phones,
                skills,
                newTags,
                doNotContact);
    }

    Person withJob(String newTitle, String newEmployer) {
        return new Person(
                id,
                firstName,
                lastName,
                newTitle,
                newEmployer,
                city,
                source,
                ownerId,
                createdAt,
                emails,
                phones,
                skills,
                tags,
                doNotContact);
    }

    Person withCreatedAt(Instant value) {
        return new Person(
                id,
                firstName,
                lastName,
                title,
                employer,
                city,
                source,
                ownerId,
                value,
                emails,
                phones,
                skills,
                tags,
                doNotContact);
    }
}
