/** Outreach pages: the outbox, templates with a preview, the user's email settings and the public unsubscribe page. */
package io.rekindle.outreach.web;
