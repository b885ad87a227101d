/** Platform: users, roles, sign-in, API tokens, error handling, time and the shared page layout. */
package io.rekindle.platform;
