package io.rekindle.outreach;

import io.rekindle.people.PersonId;

/** An email came back undeliverable: the address is marked bad and nothing more is sent to it. */
public record AddressBounced(String address, PersonId person, String reason) {}
