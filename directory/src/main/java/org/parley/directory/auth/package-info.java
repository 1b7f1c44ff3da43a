/**
 * Login contracts shared by every protocol: {@link org.parley.directory.auth.Authenticator},
 * its results, and login throttling per account and per remote address.
 */
package org.parley.directory.auth;
