package io.rekindle.people;

import java.util.List;

/** A phone number stored in E.164 and shown in the national format of its country. */
public record Phone(String e164, String display) {

    /** The numbers in E.164, without formatting the ones not shown yet. */
    public static List<String> e164s(List<Phone> phones) {
        return phones instanceof PhoneNumbers.Views views
                ? views.e164s()
                : phones.stream().map(Phone::e164).toList();
    }
}
