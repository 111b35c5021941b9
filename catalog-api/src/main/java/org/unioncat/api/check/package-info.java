/**
 * The pre-upload check for vendors and catalogers: validation findings and the catalog records
 * each record would duplicate; nothing is stored.
 */
package org.unioncat.api.check;
