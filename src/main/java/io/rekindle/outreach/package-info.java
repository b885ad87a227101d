/**
 * Outreach: email templates with merge fields, an outbox that sends each message at most once after checking consent,
 * the contact budget and the sending window, signed unsubscribe links, and a mailbox read for replies and bounces.
 */
package io.rekindle.outreach;
