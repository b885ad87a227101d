package io.rekindle.outreach;

import io.rekindle.platform.UserId;

/** How a user's emails go out: their From address and name, and the signature templates put in. */
public record SenderProfile(UserId user, String fromAddress, String fromName, String signature) {}
