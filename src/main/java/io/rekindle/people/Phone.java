package io.rekindle.people;

/** A phone number stored in E.164 and shown in the national format of its country. */
public record Phone(String e164, String display) {}
