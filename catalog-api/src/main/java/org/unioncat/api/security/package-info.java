/**
 * Who may do what: users and API keys (stored hashed), the four roles (cataloger of one library,
 * vendor for a set of libraries, the center, administrators), the HTTP security rules for every
 * path, and {@link org.unioncat.api.security.AccessPolicy}, the checks controllers make where the
 * library is named in the request body rather than the path.
 */
package org.unioncat.api.security;
