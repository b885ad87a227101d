/** Follow-ups: touches (every call, e-mail, message, meeting and note), and later follow-ups and cadences. */
package io.rekindle.followups;
