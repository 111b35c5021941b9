/**
 * UnionCat's exception hierarchy: one unchecked root, {@link org.unioncat.error.UnionCatException},
 * with a subclass per situation, each with a stable code and an English and Chinese message.
 */
package org.unioncat.error;
