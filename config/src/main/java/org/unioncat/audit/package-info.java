/** The audit log's contract, shared by every module that changes the catalog. */
package org.unioncat.audit;
