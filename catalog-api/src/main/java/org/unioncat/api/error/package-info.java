/**
 * The one place where failures become HTTP answers: RFC 9457 problem details with a stable code
 * and English/Chinese messages, never stack traces or SQL.
 */
package org.unioncat.api.error;
