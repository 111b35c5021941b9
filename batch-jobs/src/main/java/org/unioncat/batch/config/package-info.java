/** Spring Batch's infrastructure for UnionCat: the job repository in the catalog database. */
package org.unioncat.batch.config;
